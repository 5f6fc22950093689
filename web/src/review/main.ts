/**
 * Entry point of ZoneGraph's review page (/review): its styles, then the page in #review.
 */
import "./review.css";
import { startReview } from "./review-app.ts";

const root = document.getElementById("review");
if (root) startReview(root);
