# Välitehtävät, sertifikaattityö, itsearviointi ja kehittävä arviointi

cohort-field-end-assessment = Loppuarviointi avautuu
cohort-hint-end-assessment = Päivä, josta alkaen osallistujat voivat tehdä loppuitsearvioinnin. Tyhjänä kaksi kuukautta ennen päättymistä.
