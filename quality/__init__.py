"""Quality gates: labelled evaluation sets, evaluation scripts and pinned floors."""
