/** A labelled "client" filter select, shared by the register-style pages (disputes, decisions). */
export function ClientFilterField({
  id,
  label,
  anyLabel,
  clients,
  value,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel: string;
  clients: readonly { id: string; name: string }[];
  value: string;
  onChange: (clientId: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
