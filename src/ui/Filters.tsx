/**
 * Attribution, type and country filters with one reset. Each checkbox is
 * named by the option alone; how many incidents it decides (under the other
 * active filters, in the window) is its description, not its name.
 */
import { ATTRIBUTION_OPTION_NAMES, ATTRIBUTION_OPTIONS, COUNTRIES, INCIDENT_TYPE_NAMES, INCIDENT_TYPES } from '../domain/vocab.ts';
import { ACTOR_COLORS } from '../map/style/colors.ts';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { selectOptionCounts } from '../state/selectors.ts';
import { FILTERS } from './copy.ts';
import { useDispatch, useSettledSelect, useUpdating } from './hooks.ts';
import { SKIP_TARGETS } from './skipTargets.ts';

const selectView = (s: AppState) => s.view;

interface Option {
  key: string;
  name: string;
  hidden: boolean;
  count: number | undefined;
  color?: string;
  toggle: () => void;
}

function Options({ idPrefix, options }: { idPrefix: string; options: Option[] }) {
  return (
    <ul className="options">
      {options.map((o) => {
        const id = `${idPrefix}-${o.key}`;
        return (
          <li key={o.key}>
            <label>
              <input type="checkbox" checked={!o.hidden} onChange={o.toggle} aria-describedby={`${id}-n`} />
              {o.color !== undefined && <span className="swatch" style={{ background: o.color }} aria-hidden="true" />}
              <span>{o.name}</span>
            </label>
            <span id={`${id}-n`} className="count">
              {o.count === undefined ? '' : o.hidden ? FILTERS.adds(o.count) : FILTERS.hides(o.count)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function Filters() {
  // The settled state: the option counts follow a claim view choice after the map's frame (aria-busy meanwhile).
  const view = useSettledSelect(selectView);
  const counts = useSettledSelect(selectOptionCounts);
  const updating = useUpdating();
  const dispatch = useDispatch();
  const anyHidden = view.hiddenActors.length + view.hiddenTypes.length + view.hiddenCountries.length > 0;
  return (
    <section className="filters" id={SKIP_TARGETS.filters} aria-label={FILTERS.region} aria-busy={updating}>
      <fieldset className="attribution" aria-describedby="attribution-meaning">
        <legend>{FILTERS.attribution}</legend>
        <p id="attribution-meaning" className="hint">
          {FILTERS.meaning[view.claimView]}
        </p>
        <Options
          idPrefix="actor"
          options={ATTRIBUTION_OPTIONS.map((a) => ({
            key: a,
            name: ATTRIBUTION_OPTION_NAMES[a],
            hidden: view.hiddenActors.includes(a),
            count: counts?.actors[a],
            color: ACTOR_COLORS[a],
            toggle: () => dispatch(actions.actorToggled(a)),
          }))}
        />
      </fieldset>
      <details className="more-filters">
        <summary>{FILTERS.more}</summary>
        <fieldset>
          <legend>{FILTERS.type}</legend>
          <Options
            idPrefix="type"
            options={INCIDENT_TYPES.map((t) => ({
              key: t,
              name: INCIDENT_TYPE_NAMES[t],
              hidden: view.hiddenTypes.includes(t),
              count: counts?.types[t],
              toggle: () => dispatch(actions.typeToggled(t)),
            }))}
          />
        </fieldset>
        <fieldset>
          <legend>{FILTERS.country}</legend>
          <Options
            idPrefix="country"
            options={COUNTRIES.map((c) => ({
              key: c,
              name: FILTERS.countries[c],
              hidden: view.hiddenCountries.includes(c),
              count: counts?.countries[c],
              toggle: () => dispatch(actions.countryToggled(c)),
            }))}
          />
        </fieldset>
      </details>
      <button type="button" className="reset" disabled={!anyHidden} onClick={() => dispatch(actions.filtersReset())}>
        {FILTERS.reset}
      </button>
    </section>
  );
}
