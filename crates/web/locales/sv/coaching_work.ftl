# Mellanuppgifter, certifikatarbete, självvärdering och utvecklande utvärdering

cohort-field-end-assessment = Slutvärderingen öppnar
cohort-hint-end-assessment = Dagen från vilken deltagarna kan göra den avslutande självvärderingen. Lämnas fältet tomt öppnar den två månader innan gruppen avslutas.
