/** Global search box in the header (filled in by the search feature). */
export function SearchBox() {
  return <div className="search-slot" />;
}
