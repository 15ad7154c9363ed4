import { siteRoutes } from "./site-routes";

export type RouteKey = keyof typeof siteRoutes;

type AnyRoute = (typeof siteRoutes)[RouteKey];

/** The key a route's words are kept under in messages/<locale>/routes.json and titles.json. */
export function routeKeyOf(route: AnyRoute): RouteKey {
  const entry = Object.entries(siteRoutes).find(([, candidate]) => candidate === route);
  if (!entry) throw new Error("Not one of siteRoutes");
  return entry[0] as RouteKey;
}
