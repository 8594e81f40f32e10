DROP TABLE detector_states;
DROP TABLE dismissals;
DROP TABLE violations;
DROP TABLE pattern_decisions;
DROP TABLE patterns;
DROP TABLE suppressions;
DROP TABLE observations;
