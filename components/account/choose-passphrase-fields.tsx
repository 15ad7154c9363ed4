import { FormField } from "@/components/forms/form-field";

type Props = {
  /** "New passphrase" where one is replaced; "Passphrase" at sign-up. */
  label: string;
  hint: string;
  /** The second box's label; English adds "again". */
  againLabel?: string;
  errors: { passphrase?: string; confirmPassphrase?: string };
  maxLength?: number;
};

/** A passphrase and the same again, with the server's limit on both boxes. */
export function ChoosePassphraseFields({ label, hint, errors, maxLength, againLabel }: Props) {
  return (
    <>
      <FormField
        name="passphrase"
        label={label}
        type="password"
        hint={hint}
        error={errors.passphrase}
        maxLength={maxLength}
      />
      <FormField
        name="confirmPassphrase"
        label={againLabel ?? `${label} again`}
        type="password"
        error={errors.confirmPassphrase}
        maxLength={maxLength}
      />
    </>
  );
}
