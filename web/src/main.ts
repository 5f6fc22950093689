/**
 * Entry point of ZoneGraph's explorer: styles, then the app in #app.
 */
import "./styles.css";
import { startApp } from "./app.ts";

const root = document.getElementById("app");
if (root) startApp(root);
