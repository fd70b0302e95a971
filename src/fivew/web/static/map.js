// The map page: country outlines shipped with fivew, one circle per place.
// Reads its data URLs from the #map element's data attributes (no inline script).
(function () {
  "use strict";
  var element = document.getElementById("map");
  if (!element || !window.L) { return; }
  var map = L.map(element, { worldCopyJump: true, attributionControl: true }).setView([25, 20], 2);
  map.attributionControl.addAttribution("Natural Earth");
  function load(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); });
  }
  load(element.dataset.basemap).then(function (countries) {
    L.geoJSON(countries, {
      style: { color: "#7a8a99", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false
    }).addTo(map);
    return load(element.dataset.points);
  }).then(function (points) {
    var layer = L.geoJSON(points, {
      pointToLayer: function (feature, latlng) {
        var n = feature.properties.articles || 1;
        return L.circleMarker(latlng, {
          radius: Math.min(4 + 3 * Math.sqrt(n), 24), color: "#d0542b", weight: 1,
          fillColor: "#d0542b", fillOpacity: 0.6, className: "place-marker"
        });
      },
      onEachFeature: function (feature, marker) {
        var p = feature.properties;
        var box = document.createElement("div");
        var title = document.createElement("b");
        title.textContent = p.name;  // textContent: place names are never parsed as HTML
        box.appendChild(title);
        box.appendChild(document.createTextNode(" · " + p.articles + " article(s), " + p.events + " event(s) "));
        var link = document.createElement("a");
        link.href = "/articles?place=" + encodeURIComponent(p.name);
        link.textContent = "articles";
        box.appendChild(link);
        marker.bindPopup(box);
      }
    }).addTo(map);
    element.dataset.markers = String(points.features.length);
    if (points.features.length) { map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 }); }
  });
}());
