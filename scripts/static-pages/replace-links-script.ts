/**
 * The one script a static page carries besides the quick exit: a link to another page of this site
 * replaces the current history entry, as `AppLink` does under React, so a visit leaves as few
 * entries as it can. Plain text, not a function's `toString()`, so what is hashed is what is sent.
 * A click the quick exit already took (`defaultPrevented`) and links opened elsewhere are left alone.
 */
export const REPLACE_LINKS_SCRIPT = [
  "document.addEventListener('click',function(e){",
  "if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;",
  "var a=e.target&&e.target.closest?e.target.closest('a[href]'):null;",
  "if(!a||a.target||a.hasAttribute('download')||a.origin!==location.origin)return;",
  "if(a.pathname===location.pathname&&a.search===location.search&&a.hash)return;",
  "e.preventDefault();location.replace(a.href);});",
].join("");
