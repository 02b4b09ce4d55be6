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
  var POSITION_KEY = "proxinum-position";

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
          // The exact position stays in this tab (the map's "you are here"); only the rounded one is sent.
          try {
            window.sessionStorage.setItem(POSITION_KEY, JSON.stringify({
              lat: position.coords.latitude,
              lng: position.coords.longitude,
              sent: [round(position.coords.latitude), round(position.coords.longitude)]
            }));
          } catch (error) { /* storage refused: no "you are here", the search still works */ }
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

  var BUS_SVG = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 16c0 .9.4 1.7 1 2.2V20a1 1 0 0 0 1 1h1a1 1 0 0 0 1-1v-1h8v1a1 1 0 0 0 1 1h1a1 1 0 0 0 1-1v-1.8c.6-.5 1-1.3 1-2.2V6c0-3.5-3.6-4-8-4s-8 .5-8 4v10zm3.5 1a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3zm9 0a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3zM18 11H6V6h12v5z"/></svg>';

  // The visitor's exact position, when "Autour de moi" found it in this tab and this page shows its results.
  function ownPosition(form) {
    var lat = form && form.querySelector("input[type=hidden][name=lat]");
    var lng = form && form.querySelector("input[type=hidden][name=lng]");
    if (!lat || !lng) return null;
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(POSITION_KEY) || "null");
      if (saved && Number(saved.sent[0]) === Number(lat.value) && Number(saved.sent[1]) === Number(lng.value)) {
        return [saved.lat, saved.lng];
      }
    } catch (error) { /* nothing saved */ }
    return null;
  }

  function legend(container, hasBus, hasYou) {
    var list = document.createElement("ul");
    list.className = "map-legend";
    [["pin", "data-legend-place", true], ["bus", "data-legend-bus", hasBus], ["you", "data-legend-you", hasYou]]
      .forEach(function (entry) {
        if (!entry[2]) return;
        var item = document.createElement("li");
        var sign = document.createElement("span");
        sign.className = "map-legend__" + entry[0];
        sign.setAttribute("aria-hidden", "true");
        item.appendChild(sign);
        item.appendChild(document.createTextNode(container.getAttribute(entry[1])));
        list.appendChild(item);
      });
    container.parentNode.insertBefore(list, container.nextSibling);
  }

  var showMap = document.querySelector("[data-show-map]");
  if (showMap) {
    var container = document.getElementById(showMap.getAttribute("aria-controls"));
    var markers = {};  // page id -> marker, to go from a card to its marker
    var mapReady = null;
    showMap.setAttribute("aria-expanded", "false");

    var highlight = function (id) {
      Array.prototype.forEach.call(document.querySelectorAll(".place-card.is-highlighted"), function (card) {
        card.classList.remove("is-highlighted");
      });
      var card = document.getElementById("lieu-" + id);
      if (card) card.classList.add("is-highlighted");
    };

    var popup = function (feature) {
      var wrapper = link(feature);
      var card = document.getElementById("lieu-" + feature.properties.page);
      if (card) {
        // From the marker back to its card in the list (keyboard too: the popup's links are focusable).
        var back = document.createElement("a");
        back.href = "#lieu-" + feature.properties.page;
        back.textContent = container.getAttribute("data-in-list");
        back.addEventListener("click", function (event) {
          event.preventDefault();
          highlight(feature.properties.page);
          card.scrollIntoView({ block: "center" });
          card.querySelector(".card__title a").focus({ preventScroll: true });
        });
        var line = document.createElement("p");
        line.appendChild(back);
        wrapper.appendChild(line);
      }
      return wrapper;
    };

    var openMap = function () {
      if (mapReady) return mapReady;
      container.setAttribute("data-ready", "1");
      var you = ownPosition(document.querySelector("form.finder"));
      mapReady = Promise.all([loadLeaflet(), fetch(container.getAttribute("data-geojson"), { credentials: "omit" }).then(function (r) { return r.json(); })])
        .then(function (results) {
          var L = results[0];
          var map = makeMap(container, L);
          var busPrefix = container.getAttribute("data-bus-prefix");
          var hasBus = false;
          var layer = L.geoJSON(results[1], {
            // Markers are focusable buttons named after their place; a bus stop is a square bus sign, not a pin.
            pointToLayer: function (feature, latlng) {
              var name = feature.properties.nom;
              if (feature.properties.itinerant) {
                hasBus = true;
                name = busPrefix + " : " + name;
                return L.marker(latlng, {
                  title: name,
                  icon: L.divIcon({ className: "map-marker--bus", html: BUS_SVG, iconSize: [28, 28], iconAnchor: [14, 14], popupAnchor: [0, -14] })
                });
              }
              return L.marker(latlng, { title: name, alt: name });
            },
            onEachFeature: function (feature, marker) {
              markers[feature.properties.page] = marker;
              marker.bindPopup(function () { return popup(feature); });
              marker.on("popupopen", function () { highlight(feature.properties.page); });
              marker.on("add", function () {
                var element = marker.getElement();
                if (element && element.tagName !== "IMG") element.setAttribute("aria-label", marker.options.title);
              });
            }
          }).addTo(map);
          var bounds = layer.getLayers().length ? layer.getBounds() : null;
          if (you) {
            L.marker(you, {
              title: container.getAttribute("data-legend-you"),
              keyboard: false,
              interactive: false,
              icon: L.divIcon({ className: "map-marker--you", iconSize: [18, 18], iconAnchor: [9, 9] })
            }).addTo(map);
            bounds = bounds ? bounds.extend(you) : L.latLngBounds([you, you]);
          }
          if (bounds) {
            map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
          } else {
            map.setView([46.6, 2.4], 5);
          }
          legend(container, hasBus, !!you);
          return map;
        });
      return mapReady;
    };

    showMap.addEventListener("click", function () {
      var opening = container.hidden;
      container.hidden = !opening;
      showMap.setAttribute("aria-expanded", String(opening));
      if (opening) openMap();
    });

    // From a card to its marker: open the map if needed, centre the marker, open its popup, focus it.
    Array.prototype.forEach.call(document.querySelectorAll("[data-map-focus]"), function (button) {
      button.addEventListener("click", function () {
        if (container.hidden) {
          container.hidden = false;
          showMap.setAttribute("aria-expanded", "true");
        }
        openMap().then(function (map) {
          var marker = markers[button.getAttribute("data-map-focus")];
          if (!marker) return;
          container.scrollIntoView({ block: "center" });
          map.setView(marker.getLatLng(), Math.max(map.getZoom(), 15));
          marker.openPopup();
          var element = marker.getElement();
          if (element) element.focus({ preventScroll: true });
        });
      });
    });
  }

  // "Voir les 9 lieux": the apply button says how many places the filters ticked will show.
  var apply = document.querySelector("[data-apply-count]");
  if (apply && window.fetch) {
    var applyForm = apply.closest("form");
    var counting = null;
    apply.parentNode.setAttribute("aria-live", "polite");
    applyForm.addEventListener("change", function () {
      window.clearTimeout(counting);
      counting = window.setTimeout(function () {
        var params = new URLSearchParams(new FormData(applyForm));
        params.delete("page");
        window.fetch(apply.getAttribute("data-apply-count") + "&" + params.toString(), { credentials: "omit" })
          .then(function (response) { return response.ok || response.status === 404 ? response.json() : null; })
          .then(function (data) { if (data && data.libelle) apply.textContent = data.libelle; })
          .catch(function () { /* offline: the button keeps its plain words */ });
      }, 300);
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
