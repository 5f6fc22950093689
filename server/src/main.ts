/**
 * Starts ZoneGraph's server: listens on PORT (default 4000) at once, then loads the graph (the
 * corpus, or ZONEGRAPH_DATA) and serves it; /healthz answers 503 until then. A graph that cannot
 * be loaded stops the process with a message naming the file and the problem.
 */
import { createServer } from "node:http";
import { loadServedGraph } from "./load-graph.ts";
import { createApp } from "./yoga.ts";

const port = Number(process.env["PORT"] ?? 4000);
const dataFile = process.env["ZONEGRAPH_DATA"];

let resolveGraph: (graph: ReturnType<typeof loadServedGraph>) => void = () => undefined;
let rejectGraph: (error: unknown) => void = () => undefined;
const graph = new Promise<ReturnType<typeof loadServedGraph>>((resolve, reject) => {
  resolveGraph = resolve;
  rejectGraph = reject;
});
const app = createApp(graph);
const server = createServer(app);

server.listen(port, () => {
  const address = server.address();
  const url = `http://localhost:${typeof address === "object" && address ? address.port : port}`;
  console.log(`ZoneGraph: listening on ${url}/ (GraphQL with GraphiQL at ${url}/graphql), loading the graph…`);
  // Load after listening so /healthz can say 503 while the graph loads.
  setImmediate(() => {
    const started = performance.now();
    try {
      const g = loadServedGraph(dataFile);
      resolveGraph(g);
      console.log(`ZoneGraph: serving ${g.order} entities and ${g.size} relations (loaded in ${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      rejectGraph(error);
      console.error(error instanceof Error ? error.message : String(error));
      server.close();
      process.exit(1);
    }
  });
});
