import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <>
      <h1>There is no page at this address</h1>
      <p>
        The link may be old or mistyped. <AppLink href={siteRoutes.home.href}>Go to the home page</AppLink>.
      </p>
    </>
  );
}
