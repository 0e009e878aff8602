/**
 * Keeps a render error inside one part of the app (map, timeline, list,
 * filters, panel): that part shows what failed, in words from copy.ts, and
 * every other part keeps working. The part is drawn again when `resetKey`
 * changes (e.g. another incident is selected) or on "Try again".
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PART_FAILED } from './copy.ts';

export type PartName = keyof typeof PART_FAILED.names;

interface Props {
  part: PartName;
  /** Class of the message box, so it takes the failed part's place in the layout. */
  className?: string;
  /** A change of this value clears the error and draws the part again. */
  resetKey?: unknown;
  /** Where the part can be closed (the panel), a close button next to "Try again". */
  onClose?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/** Longest error text shown: a hostile value inside a message must not flood the layout. */
const MAX_DETAIL = 300;

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.key) ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; the user sees the message below.
    console.error(`${this.props.part} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const detail = error.message.length > MAX_DETAIL ? `${error.message.slice(0, MAX_DETAIL)}…` : error.message;
    return (
      <div className={`part-failed ${this.props.className ?? ''}`} role="alert" data-part={this.props.part}>
        <p>{PART_FAILED.message(PART_FAILED.names[this.props.part])}</p>
        <p className="part-failed-detail">
          {PART_FAILED.detail} {detail}
        </p>
        <p className="part-failed-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            {PART_FAILED.retry}
          </button>
          {this.props.onClose !== undefined && (
            <button type="button" onClick={this.props.onClose}>
              {PART_FAILED.close}
            </button>
          )}
        </p>
      </div>
    );
  }
}
