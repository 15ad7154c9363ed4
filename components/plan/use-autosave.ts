"use client";

import { startTransition, useEffect, useRef, type FormEvent } from "react";

const QUIET_MS = 1200;

/**
 * Saves a form a moment after the person changes something (a finished field, a ticked box).
 * It sends the form the same way the Save button does; without JavaScript the button remains.
 * `sendOnLeave` sends a change still waiting when the form goes away (the person followed a link
 * inside the app), so it is not dropped. `paused` (signed out) sends nothing by itself: the form
 * then holds a username and passphrase, which only the person's own button press may send.
 */
export function useAutosave(pending: boolean, sendOnLeave: (form: FormData) => void, paused = false) {
  const formRef = useRef<HTMLFormElement>(null);
  const pendingRef = useRef(pending);
  const pausedRef = useRef(paused);
  const sendOnLeaveRef = useRef(sendOnLeave);
  useEffect(() => {
    pendingRef.current = pending;
    pausedRef.current = paused;
    sendOnLeaveRef.current = sendOnLeave;
  });
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = false;
    const flagged = (send: () => void) => {
      const flag = form.elements.namedItem("autosave");
      if (flag instanceof HTMLInputElement) flag.value = "1";
      send();
      if (flag instanceof HTMLInputElement) flag.value = "0";
    };
    const save = () => {
      if (pausedRef.current) return;
      if (pendingRef.current) {
        timer = setTimeout(save, QUIET_MS);
        return;
      }
      flagged(() => form.requestSubmit());
    };
    const onChange = () => {
      if (pausedRef.current) return;
      clearTimeout(timer);
      waiting = true;
      timer = setTimeout(save, QUIET_MS);
    };
    // A send (the Save button too) carries every change so far. A save still waiting would repeat
    // it, and after a clash it would quietly put this version over the other before the person chose.
    const onSubmit = () => {
      clearTimeout(timer);
      waiting = false;
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
      if (waiting && !pausedRef.current) flagged(() => sendOnLeaveRef.current(new FormData(form)));
    };
  }, []);
  return formRef;
}

/**
 * Sends the form to its action without React's reset of every field once the action is done. The
 * reset puts back the values the page was drawn with, which wipes what the person typed while a
 * save was on its way. Without JavaScript the form posts as usual.
 */
export function sendWithoutReset(action: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(form));
  };
}
