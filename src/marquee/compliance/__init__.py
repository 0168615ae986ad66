"""What the privacy office does with the privacy engine: rights requests, policy
versions and rendering, provisions to third parties and processors.

These apps sit above the engine (``marquee.privacy``) and may use the back office and
the outbox; the engine never imports them."""
