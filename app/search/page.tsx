import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { siteRoutes } from "@/lib/site/site-routes";
import { searchAction } from "./search-action";

export const metadata: Metadata = { title: siteRoutes.search.title };

export default function SearchPage() {
  return (
    <>
      <h1>Search the guidance</h1>
      <p>What you type here is not saved, and it does not appear in the page address or the browser history.</p>
      <SearchForm action={searchAction} />
    </>
  );
}
