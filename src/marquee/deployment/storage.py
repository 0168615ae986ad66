"""Production's static storage (issue 19): WhiteNoise's hashed, precompressed files, and
the web app manifest's icons named by their hashed files too, as CSS ``url()`` references
already are. Without it the manifest pointed at the unhashed names, which WhiteNoise sends
with a one-minute cache, so browsers fetched the icons again and again (and the favicon a
second time under its other name)."""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage

# "src": "icon-192.png" in manifest.webmanifest, relative to the manifest like a CSS url().
MANIFEST_ICON = (r'(?P<matched>"src":\s*"(?P<url>[^"]+)")', '"src": "%(url)s"')


class StaticStorage(CompressedManifestStaticFilesStorage):
    patterns = (*CompressedManifestStaticFilesStorage.patterns,
                ("*.webmanifest", (MANIFEST_ICON,)))
