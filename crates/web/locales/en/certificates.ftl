# EKJ certificates

nav-certificates = Certificates
certificate-name = EKJ certificate
certificate-meaning = The holder of an EKJ certificate is entitled to use it as a sign of having the leadership skills a municipality needs.
criterion-forums = Attended at least { $count } leadership forums
criterion-field-forums = Leadership forums at the least
criterion-tasks = Every interim task approved
criterion-certificate-work = The certificate work approved
criterion-assessments = The start and end self-assessments taken
criterion-evaluation = Their organisation took part in the developmental evaluation
checklist-title = What the certificate asks
checklist-intro = The certificate is granted when every criterion is met. This list follows your progress.
checklist-all-met = Every criterion is met. The certifier grants the certificate.
checklist-granted = Certificate granted on { $date }:
checklist-met = Met
checklist-missing = Missing
certificates-title = Certificates granted
certificates-intro = The cohorts' certificates and their public verification pages.
certificates-show-list = Show the certificates
certificates-valid-count = { $count ->
    [one] one valid certificate
   *[other] { $count } valid certificates
}
certificates-grid-title = Criteria and granting of certificates
certificates-grid-counts = Granted: { $granted }.
certificates-grid-eligible = Meeting the criteria but not yet granted: { $count }.
certificate-field-issued-on = Date of issue
certificate-hint-issued-on = For example, the day of the ceremony.
certificate-choose = Grant
certificate-choose-named = Grant the certificate: { $name }
certificate-title = EKJ certificate
certificate-exception-named = Reason for the exception: { $name }
certificate-eligible = Criteria met
certificate-grant-chosen = Grant to those chosen
certificate-grant-all = Grant to everyone who meets the criteria
certificate-granted = The certificates have been granted, and their holders are told.
certificate-granted-one = The certificate has been granted, and its holder is told.
certificate-criteria = The cohort's criteria for the certificate
certificate-criteria-save = Save the criteria
certificate-criteria-saved = The criteria have been saved.
certificate-status-valid = Valid
certificate-status-revoked = Revoked
certificate-revoked-on = Revoked on { $date }
certificate-holder = Holder
certificate-programme = Programme
certificate-issued = Issued
certificate-issuer = Issuer
certificate-organisers = Organisers
certificate-organisers-text = KT Local Government Employers and the Association of Finnish Municipalities; the coaching was provided by { $provider }.
certificate-code = Code
certificate-certifies = The certificate shows that its holder has
certificate-credential = Machine-readable proof (Open Badges 3.0)
certificate-manage = Managing the certificate
certificate-exception = Reason for the exception
certificate-revoke-reason = Reason for revoking
certificate-hint-revoke = The reason is kept, but the public page shows only the date of revocation.
certificate-revoke = Revoke the certificate
certificate-revoked = The certificate has been revoked.
certificate-hint-reissue = A reissue takes the holder's current name; the code and the address stay the same.
certificate-reissue = Reissue
certificate-reissued = The certificate has been reissued.
certificates-mine = My certificates
certificates-mine-none = You have not been granted a certificate yet.
certificate-view = View the certificate
certificate-linkedin = Add to LinkedIn profile
certificate-address = The certificate's address (to share)
ekj-report-title = Certificates by organisation
ekj-report-all = The cohorts side by side
ekj-report-topic = Development project
ekj-report-certificates = Certificates
ekj-report-cohort = Cohort
cohort-organisations-count = Organisations
error-certificate-reason = Write the reason.
error-certificate-reason-long = The reason is too long (at most 2,000 characters).
error-certificate-code = A code looks like XXXX-XXXX-XXXX-XXXX.
error-certificate-none-chosen = Choose at least one participant not yet granted a certificate.
error-certificate-forums = Give the number of forums, from none to the cohort's number of forums.
mail-certificate-granted-subject = EKJ certificate granted ({ $cohort })
mail-certificate-granted-body =
    Congratulations! You have been granted the EKJ certificate ({ $cohort }). Code: { $code }

    The certificate's public page, which anyone can check:
    { $link }

    Machine-readable proof (Open Badges 3.0):
    { $credential }
mail-certificate-revoked-subject = EKJ certificate revoked ({ $cohort })
mail-certificate-revoked-body =
    Your EKJ certificate { $code } ({ $cohort }) has been revoked. Its public page now says so:
    { $link }
mail-certificate-reissued-subject = EKJ certificate reissued ({ $cohort })
mail-certificate-reissued-body =
    Your EKJ certificate { $code } ({ $cohort }) has been reissued. Its address stays the same:
    { $link }

    Machine-readable proof:
    { $credential }
certificate-granted-to = is granted to
certificate-signatory = Director, Association of Finnish Municipalities
certificate-qr-alt = QR code to the certificate's public verification page
certificate-pdf = Printable certificate (PDF)
certificate-pdf-fi = Download the PDF in Finnish
certificate-pdf-sv = Download the PDF in Swedish
certificate-check-title = Check an EKJ certificate
certificate-check-hint = The code on the certificate, for example K7QM-3XRT-9WPA-H2NE.
certificate-check = Check
