"""The one error the model raises when asked to break one of its rules."""


class ModelError(ValueError):
    """A change that would leave the map inconsistent (unknown id, card on the emotion lane...)."""
