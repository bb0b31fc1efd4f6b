/** A claim's bold lead-in label (if any) and its text, always as text nodes. */

/** A claim's label and text, and the class of the paragraph that holds them. */
export interface ClaimTextProps {
  label: string | null;
  text: string;
  class?: string;
}

export function ClaimText({ label, text, class: className = 'cl-text' }: ClaimTextProps) {
  return (
    <p class={className}>
      {label !== null && <strong class="cl-label">{/[.:!?]$/.test(label) ? label : `${label}:`}</strong>}
      {label !== null && ' '}
      {text}
    </p>
  );
}
