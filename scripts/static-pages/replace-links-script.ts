/**
 * The one script a static page carries besides the quick exit: a link to another page of this site,
 * and a form that asks for one (the directory's province filter), replace the current history entry,
 * as `AppLink` and `next/form` do under React, so a visit leaves as few entries as it can. Plain
 * text, not a function's `toString()`, so what is hashed is what is sent. A click the quick exit
 * already took (`defaultPrevented`), posts and links opened elsewhere are left alone.
 */
export const REPLACE_LINKS_SCRIPT = [
  "(function(d){",
  "d.addEventListener('click',function(e){",
  "if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;",
  "var a=e.target&&e.target.closest?e.target.closest('a[href]'):null;",
  "if(!a||a.target||a.hasAttribute('download')||a.origin!==location.origin)return;",
  "if(a.pathname===location.pathname&&a.search===location.search&&a.hash)return;",
  "e.preventDefault();location.replace(a.href);});",
  "d.addEventListener('submit',function(e){",
  "var f=e.target;if(e.defaultPrevented||!f||f.target||(f.getAttribute('method')||'get').toLowerCase()!=='get')return;",
  "var u=new URL(f.action,location.href);if(u.origin!==location.origin)return;",
  "var q=[],s=e.submitter,l=f.elements;",
  "for(var i=0;i<l.length;i++){var x=l[i];",
  "if(!x.name||x.disabled||/^(submit|button|image|reset|file)$/.test(x.type)||(/^(checkbox|radio)$/.test(x.type)&&!x.checked))continue;",
  "q.push(encodeURIComponent(x.name)+'='+encodeURIComponent(x.value));}",
  "if(s&&s.name)q.push(encodeURIComponent(s.name)+'='+encodeURIComponent(s.value));",
  "e.preventDefault();location.replace(u.pathname+(q.length?'?'+q.join('&'):''));});",
  "})(document);",
].join("");
