#!/usr/bin/env bash
# Vendors the dashboard's browser libraries from npm into the repository, so that a fresh clone serves the dashboard
# with no npm step: minified files only, each package's licence beside them, versions pinned here.
# Run by hand after changing a version:  bash tools/dashboard-assets/vendor.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

served=src/NewsEvents.Api/wwwroot/vendor
testonly=tests/NewsEvents.Dashboard.Tests/vendor
packages=(leaflet@1.9.4 leaflet.markercluster@1.5.3 topojson-client@3.1.0 world-atlas@2.0.2 uplot@1.6.32 axe-core@4.14.1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "${packages[@]}" >/dev/null)
unpack() { mkdir -p "$work/$1" && tar xzf "$work/$1-"*.tgz -C "$work/$1" --strip-components=1; }
for p in "${packages[@]}"; do unpack "${p%@*}"; done

rm -rf "$served" "$testonly"
mkdir -p "$served/leaflet/images" "$served/markercluster" "$served/topojson-client" "$served/world-atlas" "$served/uplot" "$testonly"

cp "$work/leaflet/dist/leaflet.js" "$work/leaflet/dist/leaflet.css" "$work/leaflet/LICENSE" "$served/leaflet/"
cp "$work/leaflet/dist/images/"*.png "$served/leaflet/images/"
cp "$work/leaflet.markercluster/dist/leaflet.markercluster.js" "$work/leaflet.markercluster/dist/MarkerCluster.css" \
   "$work/leaflet.markercluster/dist/MarkerCluster.Default.css" "$served/markercluster/"
cp "$work/leaflet.markercluster/MIT-LICENCE.txt" "$served/markercluster/LICENSE"
cp "$work/topojson-client/dist/topojson-client.min.js" "$work/topojson-client/LICENSE" "$served/topojson-client/"
# Natural Earth country outlines (public domain) as TopoJSON, ids ISO 3166-1 numeric: 1:110m for the first paint
# (100 KB), 1:50m once the reader zooms in.
cp "$work/world-atlas/countries-110m.json" "$work/world-atlas/countries-50m.json" "$work/world-atlas/LICENSE" "$served/world-atlas/"
cp "$work/uplot/dist/uPlot.iife.min.js" "$work/uplot/dist/uPlot.min.css" "$work/uplot/LICENSE" "$served/uplot/"
# axe-core is MPL-2.0 and used by the browser tests only; it is never served.
cp "$work/axe-core/axe.min.js" "$work/axe-core/LICENSE" "$testonly/"

{
  echo "Vendored by tools/dashboard-assets/vendor.sh from npm; do not edit by hand."
  for p in "${packages[@]}"; do
    name=${p%@*}
    echo "$p $(node -p "require('$work/$name/package.json').license")"
  done
} > "$served/VERSIONS.txt"
grep axe-core "$served/VERSIONS.txt" > "$testonly/VERSIONS.txt"
sed -i /axe-core/d "$served/VERSIONS.txt"
echo "vendored into $served and $testonly"
