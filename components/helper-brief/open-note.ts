import type { BriefBlock, BriefItem, BriefWords, NoteContent, briefBlocks, briefClasses } from "./brief-blocks";
import type { isNoteContent, noteFragment, openSealedNote } from "./note-script-parts";

export type NoteScriptParts = {
  parse: typeof noteFragment;
  check: typeof isNoteContent;
  open: typeof openSealedNote;
  blocks: typeof briefBlocks;
};

export type NoteOpenerOptions = {
  /** Our route that answers a link id with its ciphertext, and nothing else. */
  openUrl: string;
  aad: string;
  /** `area`: an element React leaves alone (empty inner HTML), so what is drawn there survives hydration. */
  ids: { area: string; hideOnOpen: string[] };
  words: BriefWords;
  messages: {
    opening: string;
    keyRemoved: string;
    unavailable: string;
    cannotOpen: string;
    endedHeading: string;
    ended: string;
    /** The lines under an opened note. */
    after: string[];
  };
  classes: typeof briefClasses & { endedHeading: string; status: string };
};

/**
 * Opens the note named by the address's fragment, in the browser: takes the fragment off the
 * address bar first, sends only the link id, decrypts with the key that never left the page, and
 * draws the note with text nodes only. Sent as its own source text (note-script.tsx).
 */
export function runNoteOpener(parts: NoteScriptParts, options: NoteOpenerOptions): void {
  var doc = document;
  var hash = location.hash;
  var area = doc.getElementById(options.ids.area);
  // Another note's link opened in this tab changes only the fragment: start again from the top.
  window.addEventListener("hashchange", function () {
    location.reload();
  });
  if (!hash || hash === "#" || !area) return;
  // A page kept for Back (the back/forward cache) would show the note again to whoever holds the
  // device next: it leaves empty, and comes back as the plain page with the code form.
  window.addEventListener("pagehide", function () {
    while (area && area.firstChild) area.removeChild(area.firstChild);
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) location.reload();
  });
  // Before anything else, so the key is not left in the address bar, or in a screenshot of it.
  if (history.replaceState) history.replaceState(history.state, "", location.pathname + location.search);
  var found = parts.parse(hash);
  var classes = options.classes;
  var messages = options.messages;

  function element(tag: string, className: string, text?: string): HTMLElement {
    var made = doc.createElement(tag);
    made.className = className;
    if (text !== undefined) made.appendChild(doc.createTextNode(text));
    return made;
  }
  var status = element("p", classes.status);
  status.setAttribute("role", "status");
  area.appendChild(status);
  area.appendChild(element("p", classes.note, messages.keyRemoved));

  function say(text: string) {
    status.textContent = text;
  }
  function showEnded() {
    say("");
    area!.appendChild(element("h2", classes.endedHeading, messages.endedHeading));
    area!.appendChild(element("p", classes.note, messages.ended));
  }
  function draw(content: NoteContent, blocks: BriefBlock[]) {
    var view = element("div", "");
    view.setAttribute("lang", content.locale);
    for (var b = 0; b < blocks.length; b++) {
      var block = blocks[b] as BriefBlock;
      if (block.kind === "from") {
        view.appendChild(element("p", classes.from, block.text));
        continue;
      }
      view.appendChild(element("h2", classes.heading, block.heading));
      if (block.kind === "text") {
        view.appendChild(element("p", block.strong ? classes.strong : classes.text, block.text));
        continue;
      }
      var list = element("ul", classes.list);
      for (var i = 0; i < block.items.length; i++) {
        var item = block.items[i] as BriefItem;
        var line = element("li", classes.item, item.text);
        if (item.href && item.linkText) {
          var link = element("a", classes.link, item.linkText) as HTMLAnchorElement;
          link.appendChild(element("span", classes.linkDetail, " (" + item.text + ")"));
          link.href = item.href;
          line.appendChild(link);
        }
        list.appendChild(line);
      }
      view.appendChild(list);
    }
    for (var n = 0; n < messages.after.length; n++) view.appendChild(element("p", classes.note, messages.after[n]));
    for (var h = 0; h < options.ids.hideOnOpen.length; h++) {
      var hidden = doc.getElementById(options.ids.hideOnOpen[h] as string);
      if (hidden) hidden.hidden = true;
    }
    say("");
    area!.appendChild(view);
  }

  var subtle = window.crypto && window.crypto.subtle;
  if (!found) return showEnded();
  if (!subtle || !window.fetch) return say(messages.cannotOpen);
  var key = found.key;
  say(messages.opening);
  fetch(options.openUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ linkId: found.linkId }),
    credentials: "same-origin",
    cache: "no-store",
  })
    .then(function (response) {
      if (response.status === 503) throw new Error("unavailable");
      if (response.status !== 200) throw new Error("ended");
      return response.json() as Promise<{ sealed?: unknown }>;
    })
    .then(function (body) {
      if (typeof body.sealed !== "string") throw new Error("ended");
      return parts.open(subtle, body.sealed, key, options.aad);
    })
    .then(function (content) {
      if (!parts.check(content, Object.keys(options.words.roles))) throw new Error("ended");
      draw(content as NoteContent, parts.blocks(content as NoteContent, options.words));
    })
    .catch(function (error: Error) {
      if (error && error.message === "unavailable") say(messages.unavailable);
      else showEnded();
    });
}
