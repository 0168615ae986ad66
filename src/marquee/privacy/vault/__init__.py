"""The vault: envelope encryption, sealed fields and blind indexes."""
