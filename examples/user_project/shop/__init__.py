"""A small shop back office on PandaPon: it reorders the 1688 cart and receives PandaPon's pushed messages."""
