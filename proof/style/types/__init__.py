"""House-style rule types, one module each; `proof.style.registry` finds them."""
