# Interim tasks, certificate work, self-assessment and developmental evaluation

cohort-field-end-assessment = End assessment opens
cohort-hint-end-assessment = The day from which participants may take the end self-assessment. Left empty, two months before the cohort ends.
