// Kept for the pages that still wrap themselves this way; new pages use guardedPage.
export { pageOrUnavailable } from "@/lib/auth/guarded-page";
