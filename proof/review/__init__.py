"""The review session behind `proof review`: its state, decisions and explanations."""
