import path from "node:path";
import { loadStrategies } from "@/lib/content/load-strategies";

/** The real strategy library, as the content build reads it. */
export const library = loadStrategies(path.resolve(import.meta.dirname, "../../.."));
