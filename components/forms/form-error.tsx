/** A problem with the whole form, announced when it appears. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border-l-4 border-exit bg-red-50 p-3 font-bold">
      {message}
    </p>
  );
}
