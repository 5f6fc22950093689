/**
 * GraphQL errors for bad input: a clear message naming the argument and `extensions.code`,
 * so clients can tell a bad request from a server fault (which yoga masks).
 */
import { GraphQLError } from "graphql";

/** A BAD_USER_INPUT error naming the argument at fault. */
export function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument \`${argumentName}\`: ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName },
  });
}

/** Checks an integer argument is within [min, max], throwing BAD_USER_INPUT naming it otherwise. */
export function checkRange(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argumentName, `must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}
