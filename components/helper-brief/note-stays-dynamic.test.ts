import { describe, expect, it } from "vitest";
import { isStaticPath, staticAddress } from "@/scripts/static-pages/static-address";
import { NOTE_OPEN_ROUTE, NOTE_ROUTE } from "@/lib/site/site-routes";
import { BRIEF_PATH } from "@/lib/helper-briefs/brief-link";

describe("the note page is never a stored page", () => {
  it("is the address a brief's link opens", () => {
    expect(BRIEF_PATH).toBe(NOTE_ROUTE);
  });

  it.each([NOTE_ROUTE, NOTE_OPEN_ROUTE, `${NOTE_ROUTE}?r=ON`])(
    "%s goes to Next, with a fresh nonce each time",
    (url) => {
      expect(isStaticPath(new URL(url, "http://x.invalid").pathname)).toBe(false);
      expect(staticAddress(url)).toBeNull();
    },
  );
});
