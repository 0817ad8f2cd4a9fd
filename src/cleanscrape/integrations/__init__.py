"""Optional engines, imported lazily: the core never imports them."""
