import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import './VirtualList.css';

interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  label: string;
  className?: string;
}

/**
 * A long list rendered a screenful at a time. It scrolls with the page's main area (no
 * nested scrollbar), so short lists look like plain lists and long ones stay instant.
 */
export function VirtualList<T>({ items, rowHeight, getKey, renderRow, label, className }: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollElement, setScrollElement] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = list?.closest<HTMLElement>('.content') ?? null;
    setScrollElement(scroller);
    if (list && scroller)
      setMargin(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
  }, []);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (index) => getKey(items[index] as T),
    // Before the scroll element is known, render the first screenful so the page is never blank.
    initialRect: { width: 1000, height: 900 },
  });

  return (
    <ul
      ref={listRef}
      className={`virtual-list ${className ?? ''}`}
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          className="virtual-row"
          style={{
            height: rowHeight,
            transform: `translateY(${row.start - margin}px)`,
          }}
        >
          {renderRow(items[row.index] as T)}
        </li>
      ))}
    </ul>
  );
}
