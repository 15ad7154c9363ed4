import { siteRoutes } from "./site-routes";

const neutralByReadable: ReadonlyMap<string, string> = new Map(
  Object.values(siteRoutes)
    .filter((route) => route.contentAlias !== route.href)
    .map((route) => [route.contentAlias, route.href]),
);

export type Redirect = { location: string; status: 307 | 308 };

/**
 * Where a path that is not one of ours as written leads, or undefined: an old readable address
 * (`/make-a-plan`) leads for now to its neutral one (`/planner`), and a trailing slash is dropped
 * for good, as Next itself would (it is told not to, so that this answer carries our headers).
 */
export function redirectFor(pathname: string): Redirect | undefined {
  // Leading slashes (or backslashes, which browsers read as slashes) collapse too: a Location of
  // "//host" would send the browser to another site.
  const trimmed = `/${pathname.replace(/^[/\\]+|\/+$/g, "")}`;
  const neutral = neutralByReadable.get(trimmed);
  if (neutral) return { location: neutral, status: 307 };
  return trimmed !== pathname ? { location: trimmed, status: 308 } : undefined;
}
