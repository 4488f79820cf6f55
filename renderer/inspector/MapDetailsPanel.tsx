import { setIntendedMemory, setMapTitle, updateCustomer } from '../../shared/model';
import { LIMITS } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { TextField } from './fields';
import { useMapEdit } from './use-map-edit';

/** The map's own details, shown when nothing is selected: title, the customer, the intended memory. */
export function MapDetailsPanel() {
  const title = useDocument((state) => state.map.title);
  const customer = useDocument((state) => state.map.customer);
  const intendedMemory = useDocument((state) => state.map.intendedMemory);
  const { edit, readOnly } = useMapEdit();
  return (
    <section className="jm-inspector__panel" aria-labelledby="jm-inspector-map">
      <h2 id="jm-inspector-map" className="jm-inspector__title">
        Map details
      </h2>
      <p className="jm-inspector__note">Select a stage, silo, touchpoint or hand-off on the map to edit it.</p>
      <TextField
        label="Map title"
        value={title}
        required
        maxLength={LIMITS.maxTitleLength}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => setMapTitle(map, value))}
      />
      <TextField
        label="Customer name"
        hint="Who is our customer? The one definition everyone agreed on."
        value={customer.name}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateCustomer(map, { name: value }))}
      />
      <TextField
        label="Customer description"
        multiline
        value={customer.description}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => updateCustomer(map, { description: value }))}
      />
      <TextField
        label="Intended memory"
        hint="The memory we want customers to keep of the whole experience."
        multiline
        value={intendedMemory}
        readOnly={readOnly}
        onCommit={(value) => edit((map) => setIntendedMemory(map, value))}
      />
    </section>
  );
}
