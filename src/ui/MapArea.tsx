/** The map with its hover tooltip and legend; map events become actions. */
import { useCallback, useMemo, useState } from 'react';
import type { MapEvents } from '../map/model.ts';
import { actions } from '../state/actions.ts';
import type { AppState } from '../state/reducer.ts';
import { selectDataset } from '../state/selectors.ts';
import { idAtOrUndefined, incidentAtOrUndefined } from '../domain/dataset.ts';
import { useDispatch, useSelect, useStore } from './hooks.ts';
import { closeHere, openHere, useHere } from './here.ts';
import { IncidentsHere } from './IncidentsHere.tsx';
import { Legend } from './Legend.tsx';
import { selectIndexOfId, selectMapModel } from './mapModel.ts';
import { MapPane } from './MapPane.tsx';
import { Tooltip } from './Tooltip.tsx';

const selectView = (s: AppState) => s.view.claimView;
const selectCount = (s: AppState) => s.view.count;

export function MapArea() {
  const model = useSelect(selectMapModel);
  const dataset = useSelect(selectDataset);
  const view = useSelect(selectView);
  const count = useSelect(selectCount);
  const dispatch = useDispatch();
  const store = useStore();
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const events = useMemo<MapEvents>(
    () => ({
      onCamera: (c) => dispatch(actions.cameraMoved(c)),
      onSelect: (i) => {
        closeHere();
        const id = idAtOrUndefined(selectDataset(store.getState()), i);
        if (id !== undefined) dispatch(actions.incidentSelected(id));
      },
      onStack: (hit) => {
        const d = selectDataset(store.getState());
        const ids = hit.indices.flatMap((i) => idAtOrUndefined(d, i) ?? []);
        const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        openHere({ ids, at: { x: hit.x, y: hit.y }, zoomTo: hit.zoomTo, opener });
      },
      onHover: setHover,
      onReady: () => {},
    }),
    [dispatch, store],
  );
  const indexOf = useCallback((id: string) => selectIndexOfId(store.getState(), id), [store]);
  const idAt = useCallback((i: number) => idAtOrUndefined(selectDataset(store.getState()), i), [store]);
  const here = useHere();
  const hovered = hover === null ? undefined : incidentAtOrUndefined(dataset, hover.index);
  return (
    <div className="map-area">
      <MapPane model={model} events={events} indexOf={indexOf} idAt={idAt} />
      {hovered !== undefined && hover !== null && dataset !== null && <Tooltip incident={hovered} view={view} count={count} x={hover.x} y={hover.y} />}
      <Legend />
      {here !== null && dataset !== null && <IncidentsHere list={here} dataset={dataset} view={view} count={count} />}
    </div>
  );
}
