/* Place finder enhancements. Everything works without this file; it adds:
   - "Autour de moi": the browser's position, rounded to about 1 km, replaces the postcode (never stored);
   - maps, loaded only when the visitor asks for one (Leaflet from our own files; tiles from the configured server). */
(function () {
  "use strict";
  var script = document.currentScript;
  var leafletJs = script.getAttribute("data-leaflet-js");
  var leafletCss = script.getAttribute("data-leaflet-css");
  var tiles = script.getAttribute("data-tiles");
  var attribution = script.getAttribute("data-attribution");

  Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (el) {
    el.hidden = false;
  });

  // Around me -----------------------------------------------------------------------------------------
  var locate = document.querySelector("[data-locate]");
  if (locate && "geolocation" in navigator) {
    locate.addEventListener("click", function () {
      var form = locate.closest("form");
      var status = document.createElement("p");
      status.className = "hint";
      status.setAttribute("role", "status");
      locate.parentNode.appendChild(status);
      status.textContent = locate.getAttribute("data-waiting") || "…";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var round = function (x) { return (Math.round(x * 100) / 100).toFixed(2); };
          ["lat", "lng", "commune"].forEach(function (name) {
            var old = form.querySelector("input[type=hidden][name=" + name + "]");
            if (old) old.parentNode.removeChild(old);
          });
          form.querySelector("[name=q]").value = "";
          [["lat", round(position.coords.latitude)], ["lng", round(position.coords.longitude)]].forEach(function (pair) {
            var input = document.createElement("input");
            input.type = "hidden";
            input.name = pair[0];
            input.value = pair[1];
            form.appendChild(input);
          });
          form.submit();
        },
        function () {
          status.textContent = locate.getAttribute("data-denied") || "";
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 }
      );
    });
  } else if (locate) {
    locate.parentNode.hidden = true;
  }

  // Maps ----------------------------------------------------------------------------------------------
  var leafletReady = null;
  function loadLeaflet() {
    if (leafletReady) return leafletReady;
    // Wait for the stylesheet too: Leaflet finds its marker images through it, and lays the map out with it.
    var styled = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = leafletCss;
      css.onload = resolve;
      css.onerror = reject;
      document.head.appendChild(css);
    });
    var loaded = new Promise(function (resolve, reject) {
      var js = document.createElement("script");
      js.src = leafletJs;
      js.onload = function () { resolve(window.L); };
      js.onerror = reject;
      document.head.appendChild(js);
    });
    leafletReady = Promise.all([loaded, styled]).then(function (results) { return results[0]; });
    return leafletReady;
  }

  function makeMap(container, L) {
    var map = L.map(container, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({
      zoomInTitle: script.getAttribute("data-zoom-in") || "+",
      zoomOutTitle: script.getAttribute("data-zoom-out") || "-"
    }).addTo(map);
    if (tiles) {
      L.tileLayer(tiles, { attribution: attribution, maxZoom: 19 }).addTo(map);
    }
    return map;
  }

  function link(feature) {
    var a = document.createElement("a");
    a.href = feature.properties.chemin || feature.properties.url;
    a.lang = feature.properties.langue || "";
    a.textContent = feature.properties.nom;
    var wrapper = document.createElement("div");
    wrapper.appendChild(a);
    var address = document.createElement("p");
    address.textContent = feature.properties.adresse + ", " + feature.properties.code_postal + " " + feature.properties.commune;
    wrapper.appendChild(address);
    return wrapper;
  }

  var showMap = document.querySelector("[data-show-map]");
  if (showMap) {
    var container = document.getElementById(showMap.getAttribute("aria-controls"));
    showMap.setAttribute("aria-expanded", "false");
    showMap.addEventListener("click", function () {
      var opening = container.hidden;
      container.hidden = !opening;
      showMap.setAttribute("aria-expanded", String(opening));
      if (!opening || container.getAttribute("data-ready")) return;
      container.setAttribute("data-ready", "1");
      Promise.all([loadLeaflet(), fetch(container.getAttribute("data-geojson"), { credentials: "omit" }).then(function (r) { return r.json(); })])
        .then(function (results) {
          var L = results[0];
          var map = makeMap(container, L);
          var layer = L.geoJSON(results[1], {
            // Markers are focusable buttons: name each after its place (Leaflet's default is "Marker").
            pointToLayer: function (feature, latlng) {
              return L.marker(latlng, { title: feature.properties.nom, alt: feature.properties.nom });
            },
            onEachFeature: function (feature, marker) { marker.bindPopup(link(feature)); }
          }).addTo(map);
          if (layer.getLayers().length) {
            map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 15 });
          } else {
            map.setView([46.6, 2.4], 5);
          }
        });
    });
  }

  var miniMapButton = document.querySelector("[data-show-mini-map]");
  if (miniMapButton) {
    var mini = document.getElementById(miniMapButton.getAttribute("aria-controls"));
    miniMapButton.addEventListener("click", function () {
      miniMapButton.parentNode.hidden = true;
      mini.hidden = false;
      loadLeaflet().then(function (L) {
        var map = makeMap(mini, L);
        if (mini.hasAttribute("data-map-points")) {
          // A tour: one marker per stop listed on the page.
          var markers = Array.prototype.map.call(document.querySelectorAll("[data-lat][data-lng]"), function (item) {
            var a = document.createElement("a");
            a.href = item.getAttribute("data-url");
            a.textContent = item.getAttribute("data-label");
            return L.marker([Number(item.getAttribute("data-lat")), Number(item.getAttribute("data-lng"))], {
              title: item.getAttribute("data-label"),
              alt: item.getAttribute("data-label")
            }).bindPopup(a);
          });
          var group = L.featureGroup(markers).addTo(map);
          if (markers.length) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 15 });
          else map.setView([46.6, 2.4], 5);
        } else {
          var point = mini.getAttribute("data-map-point").split(",").map(Number);
          map.setView(point, 16);
          L.marker(point, { title: mini.getAttribute("data-map-label"), alt: mini.getAttribute("data-map-label") }).addTo(map);
        }
      });
    });
  }
})();
