site-name = Johto
skip-to-content = Skip to content
nav-main = Main menu
nav-languages = Language
nav-start = Home
nav-organisations = Organisations
nav-people = People
nav-requests = Account requests
nav-admin = Administration
nav-profile = My details
nav-login = Log in
nav-logout = Log out
footer-accessibility = Accessibility statement
footer-about = Johto – leadership and workplace development for Finland's municipal sector

language-switch-name = In English
lang-own-fi = Suomi
lang-own-sv = Svenska
lang-own-en = English
lang-fi = Finnish
lang-sv = Swedish
lang-en = English

role-manager = Manager
role-hr-developer = HR developer
role-content-editor = Content editor
role-coordinator = Programme coordinator
role-coach = Coach
role-evaluator = Evaluator
role-certifier = Certifier
role-administrator = Administrator
role-desc-manager = The Manager Academy's tools, webinars, your cohort's tasks and your certificate.
role-desc-hr-developer = Your organisation's people and account requests, the idea bank, participation and reports.
role-desc-content-editor = Writing and updating academy themes in Finnish and Swedish.
role-desc-coordinator = Cohorts, forums, events, sparring rounds, newsletters and statistics.
role-desc-coach = Peer groups, feedback on interim tasks and approving certificate work.
role-desc-evaluator = Developmental evaluation surveys and their results per organisation.
role-desc-certifier = Granting and revoking certificates.
role-desc-administrator = Organisations, people and their roles, and the audit log.

org-kind-municipality = Municipality
org-kind-joint-municipal-authority = Joint municipal authority
org-kind-wellbeing-services-county = Wellbeing services county
org-kind-municipal-group-company = Municipal group company
org-kind-other = Other
region-none = no region
region-uusimaa = Uusimaa
region-varsinais-suomi = Southwest Finland
region-satakunta = Satakunta
region-kanta-hame = Kanta-Häme
region-pirkanmaa = Pirkanmaa
region-paijat-hame = Päijät-Häme
region-kymenlaakso = Kymenlaakso
region-etela-karjala = South Karelia
region-etela-savo = South Savo
region-pohjois-savo = North Savo
region-pohjois-karjala = North Karelia
region-keski-suomi = Central Finland
region-etela-pohjanmaa = South Ostrobothnia
region-pohjanmaa = Ostrobothnia
region-keski-pohjanmaa = Central Ostrobothnia
region-pohjois-pohjanmaa = North Ostrobothnia
region-kainuu = Kainuu
region-lappi = Lapland
region-ahvenanmaa = Åland
org-region = Region
org-languages-finnish = Finnish-speaking
org-languages-swedish = Swedish-speaking
org-languages-bilingual = Bilingual

landing-title = Leadership development for the municipal sector
landing-lead = Johto brings the Manager Academy, the leadership coaching programme and the workplace-development programme of Finland's municipal sector into one service.
landing-academy-title = Manager Academy
landing-academy-text = Short videos, tools and theory that help managers develop themselves and their teams with limited resources.
landing-coaching-title = Leadership coaching
landing-coaching-text = A year-long coaching programme that ends in a public certificate.
landing-development-title = Workplace development
landing-development-text = Sparring days, trainings, a bank of development solutions, newsletters and yearly statistics.
landing-request = Ask for an account
landing-free = The service is free for representatives of municipal employers.

start-title = Home
start-greeting = Hello, { $name }!
start-your-organisation = Your organisation:
start-next = What you can do next
start-requests-title = Account requests
start-requests-count = { $count ->
    [0] No requests are waiting.
    [one] One request is waiting for your decision.
   *[other] { $count } requests are waiting for your decision.
}
start-people-title = People
start-people-text = See and manage your organisation's users.
start-admin-title = Administration
start-admin-text = Organisations, people, roles and the audit log.
start-profile-title = My details
start-profile-text = Name, language and password.
start-your-roles = Your roles

login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet? Ask for one.

forgot-title = Forgotten password
forgot-intro = Enter your work e-mail address. We will send you a link for setting a new password. The link works for one hour.
forgot-submit = Send the link
forgot-sent = If the address has an account, we have sent it a link for setting a new password. Please check your e-mail.

set-password-reset-title = Set a new password
set-password-welcome-title = Welcome – set your password
set-password-submit = Save the password
set-password-invalid-link = The link has expired or has been used already. You can ask for a new one.
password-set-done = Your password has been saved. You can log in now.

request-title = Ask for an account
request-intro = Tell us your name, work e-mail and organisation. Your organisation's HR developer handles the request, and you will hear of the decision by e-mail.
request-submit = Send the request
request-sent = Thank you! Your request has been received. You will get an e-mail once it has been handled.

profile-title = My details
profile-details = Name and language
profile-save = Save
profile-saved = Your details have been saved.
profile-password = Change password
profile-change-password = Change password
password-changed = Your password has been changed. Your other sessions have been logged out.

field-name = Name
field-email = E-mail
field-work-email = Work e-mail
field-password = Password
field-current-password = Current password
field-new-password = New password
field-password-confirm = New password again
field-organisation = Organisation
field-lang = Language
field-roles = Roles
field-status = Status
field-choose = Choose…
hint-password = At least 12 characters. A long sentence makes a good password.
hint-work-email = Use your organisation's e-mail address.
hint-business-id = In the form 1234567-8. Optional.
hint-domains = The domains of the staff's e-mail addresses, separated by commas, e.g. espoo.fi, esbo.fi.
status-active = Active
status-disabled = Disabled
status-no-password = no password set yet

form-error-summary = Please check the following
form-error-prefix = Error:

error-text-control = The field contains characters that cannot be saved.
error-lang-invalid = Choose a language.
error-email-empty = Enter an e-mail address.
error-email-invalid = Enter the e-mail address in the form name@example.fi.
error-email-has-account = This address has an account already. If you have forgotten your password, ask for a new one.
error-email-already-requested = A request for this address is already waiting.
error-email-not-of-organisation = Use the organisation's e-mail address ({ $domains }).
error-name-empty = Enter a name.
error-name-too-long = The name is too long (200 characters at most).
error-password-empty = Enter your password.
error-password-too-short = The password must have at least 12 characters.
error-password-too-long = The password is too long.
error-password-mismatch = The passwords do not match.
error-current-password = The current password is wrong.
error-login-refused = The e-mail address or password is wrong.
error-login-locked = Too many wrong attempts. The account is locked until { $time }.
error-organisation-required = Choose an organisation.
error-slug-invalid = The URL name may hold only lower-case letters a–z, digits and single hyphens.
error-slug-taken = Another organisation has this URL name already.
org-name-en = Name in English (optional)
error-org-kind-invalid = Choose the organisation's kind.
error-org-languages-invalid = Choose the organisation's language.
error-org-name-empty = Enter a name.
error-org-name-too-long = The name is too long (200 characters at most).
error-business-id-invalid = A business ID is written as 1234567-8, and its check digit must match.
error-domain-invalid = Enter the domains as espoo.fi, separated by commas.
error-domain-taken = One of the domains belongs to another organisation already.
error-parent-invalid = Choose the parent organisation from the list.
error-parent-cycle = An organisation cannot be its own parent or sit under one of its own sub-organisations.
error-role-invalid = Unknown role.
error-roles-required = Choose at least one role.

error-not-found-title = Page not found
error-not-found-text = The page you are looking for does not exist, or you do not have access to it.
error-forbidden-title = No access
error-forbidden-text = Your roles do not give access to this page.
error-csrf-title = The form has expired
error-csrf-text = The form's security code was missing or had expired. Go back, reload the page and send the form again.
error-bad-request-title = Bad request
error-bad-request-text = The request could not be handled.
error-too-many-title = Too many attempts
error-too-many-text = Too many attempts have come from the same address. Please wait a moment and try again.
error-internal-title = Something went wrong
error-internal-text = We are sorry; the error has been logged. None of your data was lost. Please try again in a moment.
error-back-home = To the home page

orgs-title = Organisations
org-name = Name
org-name-fi = Name in Finnish
org-name-sv = Name in Swedish
org-kind = Kind
org-languages = Language
org-business-id = Business ID
org-parent = Parent organisation
org-parent-none = No parent organisation
org-domains = E-mail domains
org-children = Sub-organisations
org-people = People
org-saved = The organisation has been saved.

people-title = People
people-none = No people.
person-disable = Disable the account
person-enable = Enable the account
person-disabled = The account has been disabled and its sessions ended.
person-enabled = The account has been enabled.
person-roles-title = Roles
person-roles-save = Save the roles
person-roles-saved = The roles have been saved.
person-created = The person has been added and sent a link for setting a password.

requests-title = Account requests
requests-none = No requests are waiting.
requests-received = Received
requests-decision = Decision
requests-approve = Approve
requests-reject = Reject
requests-approve-label = Approve: { $name }
requests-reject-label = Reject: { $name }
request-approved = The request has been approved. The person has been sent a link for setting a password.
request-rejected = The request has been rejected and the person told.
request-email-taken = This address has an account already, so the request was not approved.

admin-title = Administration
admin-organisations = Organisations
admin-organisations-count = { $count } organisations
admin-people = People
admin-people-count = { $count } people
admin-add-person = Add a person
admin-add-person-intro = The person will get an e-mail with a link for setting their password.
admin-org-new = New organisation
admin-save = Save
admin-actions = Actions
admin-edit-label = Edit: { $name }
admin-audit = Audit log
admin-audit-none = No events.
admin-audit-time = Time
admin-audit-actor = By
admin-audit-action = Action
admin-audit-subject = Subject

a11y-title = Accessibility statement
a11y-intro = This accessibility statement covers the Johto service. The service is subject to the Act on the Provision of Digital Services (306/2019), which requires public web services to be accessible.
a11y-status-title = Compliance status
a11y-status-text = The service partially meets the critical accessibility requirements of WCAG 2.1 levels A and AA; the shortcomings below are known.
a11y-gaps-title = Content that is not accessible
a11y-gap-english = The English interface may in places be in Finnish, as English is the service's third language.
a11y-gap-documents = Downloadable documents added to the service later may not be accessible.
a11y-assessment-title = How accessibility was assessed
a11y-assessment-text = This statement was prepared on 23 November 2026. Accessibility was self-assessed: every page is checked automatically with axe-core (WCAG 2.0 and 2.1, levels A and AA) and an HTML validator on every change, and the pages have been tested with a keyboard.
a11y-feedback-title = Feedback and contact information
a11y-feedback-text = Did you notice an accessibility problem? Tell us by e-mail. We answer within 14 days.
a11y-authority-title = Supervisory authority
a11y-authority-text = If you notice accessibility problems on the site, give feedback to us first. If you are not satisfied with the answer, or get no answer within two weeks, you can notify the Finnish Transport and Communications Agency Traficom.
a11y-authority-name = Finnish Transport and Communications Agency Traficom, Digital Accessibility Supervision Unit
a11y-authority-phone = switchboard +358 29 534 5000

mail-footer = Johto – leadership and workplace development for Finland's municipal sector. This message was sent automatically.
mail-reset-subject = Setting a new password
mail-reset-body = Hello,

    someone (hopefully you) asked for a new password for Johto. Set a new password with this link within one hour:

    { $link }

    If you did not ask for a new password, you can ignore this message. Your password has not been changed.
mail-welcome-subject = Welcome to Johto
mail-welcome-body = Hello { $name },

    an account has been created for you in Johto. Set your password with this link within seven days:

    { $link }
mail-request-waiting-subject = New account request: { $name }
mail-request-waiting-body = Hello,

    { $name } ({ $email }) is asking for an account in your organisation. Approve or reject the request here:

    { $link }
mail-request-rejected-subject = Your account request has been handled
mail-request-rejected-body = Hello { $name },

    your request for an account in Johto was not approved. If you think this is a mistake, please contact your organisation's HR developer.

nav-academy = Academy
breadcrumb = Breadcrumb
academy-title = Manager Academy
academy-lead = Short videos, tools and theory you can get through in a few minutes – for tomorrow's team meeting.
academy-continue = Continue where you left off
academy-theme-size = { $count ->
    [one] one part
   *[other] { $count } parts
}
academy-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
academy-finished-count = { $count ->
    [0] You have not finished any parts yet.
    [one] You have finished one part.
   *[other] You have finished { $count } parts.
}
academy-subscribe-note = Would you like an e-mail when a new theme opens in the academy?
academy-subscribe = Subscribe to new themes
academy-subscribed-note = You will get an e-mail when a new theme opens in the academy.
academy-unsubscribe = Unsubscribe
academy-subscribed = You will hear of new themes from now on.
academy-unsubscribed = You have unsubscribed.
academy-parts = Parts
academy-kind-video = Video
academy-kind-tool = Tool
academy-kind-theory = Theory
academy-status-not-started = not started
academy-status-started = started
academy-status-finished = Finished
academy-captions = Captions
academy-no-video = Your browser cannot show the video.
academy-download-video = Download the video.
academy-transcript = Transcript
academy-checklist = Checklist
academy-notes = My notes
academy-notes-hint = Your answers are visible to you only.
academy-save-answers = Save my answers
academy-answers-saved = Your answers have been saved.
academy-print = Print
academy-mark-finished = Mark as finished
academy-mark-unfinished = Mark as unfinished
academy-finished-saved = The part is marked as finished.
academy-unfinished-saved = The part is marked as unfinished.
academy-rate = Rate this part
academy-usefulness = How useful was this part (1 = a little, 5 = a lot)?
academy-used-with-team = I used this with my team
academy-comment = Comment (optional)
academy-send-rating = Send the rating
academy-rating-saved = Thank you for your rating!
error-usefulness-invalid = Choose the usefulness on the scale 1–5.
error-comment-too-long = The comment is too long (2,000 characters at most).
error-part-kind-invalid = Choose the kind of part: video, tool or theory.
error-minutes-invalid = Enter the length in minutes (1–60).
missing-title = the title is missing
missing-summary = the summary is missing
missing-captions = the captions are missing
missing-transcript = the transcript is missing
missing-tool = the checklist or instructions are missing
missing-body = the text is missing
missing-parts = the theme has no parts

nav-academy-edit = Academy content
edit-title = Academy content
edit-themes = Themes
edit-theme = Theme
edit-parts-count = Parts
edit-out-of-date = Out-of-date translations
edit-missing = Gaps
edit-published-status = Published
edit-draft-status = Draft
edit-new-theme = New theme
edit-written-in = Written in
edit-field-title = Title
edit-field-summary = Summary
edit-field-hr-note = Note for HR developers (idea bank)
edit-field-kind = Kind of part
edit-field-minutes = Length in minutes
edit-field-video = Video address
edit-hint-video = An https:// address or the service's own file (/static/…).
edit-field-body = Text
edit-hint-markdown = You can use Markdown: **bold**, lists and links.
edit-field-captions = Captions (WebVTT)
edit-hint-checklist = One item a line.
edit-create = Create the theme
edit-history = History
edit-view = View as published
edit-cannot-publish = The theme cannot be published yet
edit-publish = Publish
edit-unpublish = Unpublish
edit-texts = Texts
edit-languages = Language being edited
edit-source = Original text
edit-save = Save
edit-part = part
edit-part-details = Part details
edit-add-part = Add a part
edit-move-up-label = Move up: { $title }
edit-move-down-label = Move down: { $title }
edit-restore = Restore
edit-restore-label = Restore version { $number }
edit-theme-created = The theme has been created as a draft.
edit-saved = The changes have been saved.
edit-part-added = The part has been added.
edit-published = The theme has been published.
edit-unpublished = The theme has been unpublished.
edit-restored = An earlier version has been restored.
error-title-empty = Enter a title.
error-title-too-long = The title is too long (200 characters at most).
error-video-url-invalid = Give the video's address as https://… or /static/….
error-captions-invalid = Captions must be WebVTT and begin with the word WEBVTT.
mail-new-theme-subject = New theme in the academy: { $title }
mail-new-theme-body = Hello,

    a new theme has opened in the Manager Academy: { $title }.

    { $link }

    You get this message because you subscribed to new themes. You can unsubscribe on the academy's front page.

nav-ideas = Idea bank
ideas-title = Idea bank
ideas-lead = The academy's themes from the HR developer's side: what your organisation could roll out and how managers found it. Ratings and comments are shown without names.
ideas-rollout = Rolling out:
ideas-own-users = Used in your organisation
ideas-ratings = Usefulness
ideas-no-ratings = no ratings yet
ideas-average = { $average } / 5
ideas-used-with-team = Used with a team
ideas-comments = Comments

search-title = Search
search-words = Search words
search-kind = Kind
search-theme = Theme
search-any = All
search-submit = Search
search-results = { $count ->
    [0] No results
    [one] One result
   *[other] { $count } results
}
search-none = Try another word or remove the filters.
search-kind-theme = Theme
search-kind-video = Video
search-kind-tool = Tool
search-kind-theory = Theory
search-kind-event = Event
search-kind-solution = Development solution

edit-worklist = To translate
edit-worklist-empty = Every translation is up to date.
edit-worklist-text = Text
edit-worklist-missing = missing
edit-worklist-stale = out of date

## Files
error-too-large-title = The file is too large
error-too-large-text = The file you sent is larger than allowed. Go back to the previous page and choose a smaller file; nothing was saved.
error-file-missing = Choose a file to send.
error-file-empty = The file is empty.
error-file-type = The file's content is not of an allowed type. Allowed are PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument, PNG, JPEG and WebM or MP4 videos.
error-file-name-mismatch = The file name's ending does not match its content. Check that you are sending the right file.
error-file-name = The file name is not valid.
error-file-wrong-for-part = A video takes a video file (WebM or MP4); tools and theory take a document or a picture.
edit-part-file = File
edit-file-current = Current file:
edit-file-none = The part has no file.
edit-field-file = Choose a file
edit-hint-file-video = A WebM or MP4 video, at most { $size } MB. It replaces the video address.
edit-hint-file-document = A document or picture to download (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG), at most { $size } MB.
edit-file-upload = Send the file
edit-file-remove = Remove the file from the part
edit-file-saved = The file has been saved to the part.
edit-file-removed = The file has been removed from the part.
academy-download-file = Download the file:

## API tokens and the API
tokens-title = API tokens
tokens-intro = With a personal API token, other systems can read the academy's content with your permissions.
tokens-manage = Manage API tokens
tokens-api-address = The API's address:
tokens-api-description = The API's description (OpenAPI)
tokens-new-title = New API token
tokens-new-text = Copy the token now and keep it safe: it is not shown again. If it falls into the wrong hands, remove it.
tokens-new-label = API token
tokens-yours = Your tokens
tokens-none = You have no API tokens.
tokens-created = Created
tokens-last-used = Last used
tokens-never-used = Not used yet
tokens-revoke = Remove
tokens-revoke-label = Remove the token { $name }
tokens-revoked = The API token has been removed. It no longer opens the API.
tokens-create = Create a new token
tokens-create-button = Create token
field-token-name = Token name
hint-token-name = For example, the system that uses the token.
error-token-name-empty = Give the token a name.
error-token-name-too-long = The name is too long (at most 80 characters).
api-error-unauthorised = Sign in or give a valid API token (Authorization: Bearer …).
api-error-not-found = What you asked for does not exist, or you may not see it.
api-error-bad-request = A value in the request is not valid: the years and the organisation are given as whole numbers.
api-error-unavailable = The service cannot answer just now. Try again in a moment.
api-error-internal = An error happened in the service.

## Events
nav-events = Events
events-title = Events
events-lead = Webinars, leadership forums, workshops, trainings and work-life brunches. Register with one click.
events-new = New event
events-filter = Show
events-none = There are no upcoming events.
event-field-kind = Kind of event
event-kind-webinar = Webinar
event-kind-forum = Leadership forum
event-kind-workshop = Workshop
event-kind-training = Training for internal developers
event-kind-brunch = Work-life brunch
event-online = online
event-status-draft = Draft
event-status-published = Published
event-status-cancelled = Cancelled
event-you-are-registered = You are registered. Your seat is confirmed.
event-you-are-waiting = You are number { $place } in the queue. You will hear from us if a seat comes free.
event-seats-left = Seats left: { $count }
event-when = Time
event-helsinki-time = Finnish time
event-field-venue = Venue
event-field-online-url = Online link
event-link-for-registered = The link is shown to registrants with a confirmed seat.
event-seats = Seats
event-seats-taken = { $taken } taken
event-unlimited = Unlimited
event-theme = Academy theme
event-registration = Registration
event-cancel-registration = Cancel my registration
event-join-queue = Join the queue
event-register = Register
event-not-open = Registration for this event is not open now.
event-add-to-calendar = Add to calendar (ICS)
event-organise = For the organiser
event-edit = Edit the event
event-registrations = Registrations
event-publish = Publish the event
event-cancel-event = Cancel the event
event-field-description = Description
event-optional = optional
event-field-date = Date
event-field-start = Starts
event-field-end = Ends
event-field-time = Time of day
event-hint-online-url = An https link to the online event. Shown only to confirmed participants.
event-hint-venue = Address or room, if the event is on site.
event-field-capacity = Seats
event-hint-capacity = Leave empty for unlimited seats.
event-registration-closes = Registration closes
event-field-who = Who may register
event-everyone = Everyone signed in
event-no-theme = No theme
event-confirmed-count = { $count } confirmed
event-waiting-count = { $count } waiting
event-download-csv = Download the list (CSV)
event-no-registrations = No registrations yet.
event-standing = Status
event-queued-at = Registered
event-standing-confirmed = Confirmed
event-standing-waiting = Waiting
event-standing-cancelled = Cancelled
event-attended = Attended
event-attended-yes = yes
event-attended-no = no
event-registered = Your registration is confirmed.
event-waitlisted = The event is full: you are in the queue.
event-cancelled-registration = Your registration has been cancelled.
event-created = The event has been created as a draft.
event-published = The event has been published.
event-cancelled = The event has been cancelled, and the registrants have been told.
error-event-kind = Choose the kind of event.
error-event-date = Give the date as yyyy-mm-dd.
error-event-time = Give the time as hh:mm.
error-event-time-skipped = That time does not exist: the clocks move to summer time then.
error-event-capacity = Give the number of seats (1–100,000) or leave it empty.
error-event-online-url = Give a link that starts with https://.
error-event-title-missing = Give the event's name.
error-event-end-before-start = The end must be after the start.
error-event-venue-too-long = The venue is too long (at most 300 characters).
error-event-place-missing = Give a venue or an online link.
mail-event-confirmed-subject = Registration confirmed: { $title }
mail-event-confirmed-body = Hello,

    your seat at { $title } ({ $when }, Finnish time) is confirmed. The calendar entry is attached.

    { $link }
mail-event-waiting-subject = You are in the queue: { $title }
mail-event-waiting-body = Hello,

    { $title } ({ $when }, Finnish time) is full. You are number { $place } in the queue. You will hear from us if a seat comes free.

    { $link }
mail-event-promoted-subject = You have a seat: { $title }
mail-event-promoted-body = Hello,

    a seat came free, and you are now registered for { $title } ({ $when }, Finnish time). The calendar entry is attached.

    { $link }
mail-event-cancelled-subject = Event cancelled: { $title }
mail-event-cancelled-body = Hello,

    { $title } ({ $when }, Finnish time) has been cancelled. The attached calendar message removes it from your calendar.
academy-theme-events = The theme's events
edit-launch-webinar = Create the theme's launch webinar
event-launch-title = Launch webinar: { $title }
mail-event-changed-subject = Change to the event: { $title }
mail-event-changed-body = Hello,

    the time or place of { $title } has changed. New time: { $when } (Finnish time). The updated calendar entry is attached.

    { $link }
mail-event-reminder-subject = Reminder for tomorrow: { $title }
mail-event-reminder-body = Hello,

    a reminder: { $title } is tomorrow, { $when } (Finnish time). The calendar entry is attached.

    { $link }
event-feed-title = Your calendar feed
event-feed-intro = Subscribe in your calendar program to a feed of every event you have a seat at. The address is secret; a new address ends the old one.
event-feed-new = Copy the address into your calendar program now: it is not shown again.
event-feed-address = The feed's address
event-feed-create = Create the feed address
event-feed-renew = Renew the feed address
event-attendance-save = Save the attendees
event-attendance-hint = Mark who of the confirmed attended. New attendees are asked for feedback.
event-attended-label = { $name } attended
event-attendance-saved = The attendees have been saved.
event-feedback-title = Feedback
event-feedback-given = Thank you for your feedback! You can still change it.
event-feedback-rating = How useful was the event (1 = a little, 5 = a lot)?
event-feedback-comment = Your comments
event-feedback-send = Send feedback
event-feedback-thanks = Thank you for your feedback!
event-feedback-invalid = The feedback was not saved: choose a rating from 1 to 5 and write at most 2,000 characters.
event-feedback-results = Feedback results
event-feedback-average = average { $average }
event-feedback-chart-label = Answers per rating
event-feedback-rating-short = Rating
event-feedback-count = Answers
event-feedback-comments = Comments
event-feedback-none = No comments yet.
mail-event-feedback-subject = Thank you for attending: { $title }
mail-event-feedback-body = Hello,

    thank you for attending { $title }. Tell us briefly how useful it was: your feedback helps us improve the next ones.

    { $link }
event-registration-opens = Registration opens
error-event-closes-before-opens = Registration must close after it opens.
event-field-invitees = Only these people
event-hint-invitees = If the event is for a particular group (a coaching cohort, for example), give the participants' e-mail addresses, one per line. Then only they see the event and can register. If you narrow the group later, the registrations of those left out end and they are told by e-mail.
error-event-invitees-unknown = No user has these addresses: { $addresses }
event-for-invited = Invited people only ({ $count })
event-materials = Recording and materials
event-materials-intro = Add the event's recording and materials after the event. They are shown on the event's page to those who had a confirmed seat.
event-materials-none = No recording or materials have been added yet.
event-recording = Recording
event-material-add = Add material
event-material-title = Name
event-material-is-recording = This is the event's recording
event-material-file = File
event-material-hint-file = A video (WebM, MP4), PDF, Office or OpenDocument file, or a picture, at most { $size } MB. Give either a file or a link.
event-material-url = Link
event-material-hint-url = An https:// link, for example to the recording on a video service.
event-material-remove = Remove
event-material-remove-named = Remove { $title }
event-material-added = The material has been added.
event-material-removed = The material has been removed.
error-material-title-missing = Give the material a name.
error-material-missing = Choose a file or give a link.
error-material-both = Give either a file or a link, not both.
error-material-recording-not-video = The recording's file must be a video (WebM or MP4).
events-past = Past events
events-past-mine = Your past events
events-past-intro = The event's page has its recording and materials once the organiser has added them.
mail-event-removed-subject = Your registration has ended: { $title }
mail-event-removed-body = Hello,

    the organiser has narrowed who the event { $title } ({ $when }, Finnish time) is for, and you are no longer among them. Your registration has therefore ended. The attached calendar message removes the event from your calendar.

paging-label = Pages
paging-previous = Previous page
paging-next = Next page
paging-position = Page { $page } of { $pages }

## The coaching programme (EKJ)

nav-programme = My programme
nav-coaching = Cohorts
coaching-title = EKJ leadership coaching
coaching-intro = A coaching of about a year for managers and middle managers of municipalities, joint municipal authorities and municipally owned companies. The organisation and the manager develop at the same time.
coaching-none = There are no cohorts you can see.
cohort-new = New cohort
cohort-edit = Edit the cohort
cohort-save = Save
cohort-saved = The cohort's details have been saved.
cohort-create = Create the cohort
cohort-created = The cohort has been created.
cohort-organisation-count = { $count } organisations
cohort-status-planned = Planned
cohort-status-running = Running
cohort-status-ended = Ended
cohort-field-code = Code
cohort-hint-code = For example EKJ5: capital letters, digits or dashes.
cohort-field-name = Name
cohort-field-description = Short description
cohort-field-provider = Training provider
cohort-field-starts = Starts
cohort-field-ends = Ends
cohort-field-dates = Dates
cohort-field-status = Status
cohort-field-forums = Leadership forums
cohort-hint-forums = Usually five.
cohort-forums = Leadership forums
cohort-no-forums = No leadership forums have been scheduled yet.
cohort-organisations = Organisations and their development projects
cohort-no-organisations = No organisations have been added yet.
cohort-organisation = Organisation
cohort-participants = Participants
cohort-participant-count = Confirmed participants
cohort-participants-manage = Participants and enrolment
cohort-add-organisation = Add an organisation
cohort-organisation-added = The organisation has been added to the cohort.
cohort-no-participants = There are no participants yet.
forum-new = New leadership forum
forum-create = Create the leadership forum
forum-created = The leadership forum has been created as a draft. Publish it when its details are ready.
forum-intro = The forum is for the cohort's participants and coaches. When participants are added or removed, who may register follows.
forum-field-theme = Theme
forum-lecturers = Lecturers
forum-hint-lecturers = One per line: name, a comma and affiliation (e.g. Aino Virtanen, University of Vaasa).
project-field-title-fi = Project title in Finnish
project-field-title-sv = Project title in Swedish
project-field-goals = The organisation's own goals
project-parts = Parts
project-no-parts = No parts have been written for the project yet.
project-result-goal = Result goal
project-responsible = Responsible managers
project-hint-managers = E-mail addresses of the organisation's people, one per line or separated by commas.
project-add-part = Add a part
project-part-added = The part has been added.
progress-on-track = On track
progress-at-risk = At risk
progress-done = Done
progress-none = No entries yet
progress-log = Progress log
progress-field-what = What was done
progress-field-date = Date
progress-save = Log progress
progress-logged = The progress has been logged.
participant-sector = Sector
participant-level = Level
participant-actions = Actions
participant-confirm = Confirm
participant-confirm-label = Confirm { $name }
participant-remove = Remove
participant-remove-label = Remove { $name } from the cohort
participant-removed = The participant has been removed. Their forum registrations have been cancelled.
sector-technical = Technical services
sector-education = Education
sector-social-and-health = Social and health services
sector-hospital-care = Specialised hospital care
sector-other = Other
level-top = Top management
level-middle = Middle management
level-first-line = First-line manager
enrolment-proposed = Proposed
enrolment-confirmed = Confirmed
enrol-title = Add participants
enrol-propose-title = Propose participants
enrol-field-emails = E-mail addresses
enrol-hint-emails = One per line or separated by commas. If a single address is refused, nobody is added.
enrol-upload-title = Or upload a CSV file
enrol-field-file = CSV file
enrol-hint-file = The e-mail addresses in the file's first column, one person a row; a header row is fine.
enrol-upload = Upload and add
enrol-submit = Add the participants
enrol-propose = Propose as participants
enrol-confirmed = The participants have been added and confirmed.
enrol-proposed = The proposal waits for a coordinator's confirmation.
start-enrolled = You take part in the cohort { $cohort }:
programme-title = My programme
programme-none = You are not in any cohort.
programme-next-forum = Next leadership forum
programme-no-forum = No upcoming forums have been published yet.
programme-registered = You have registered.
programme-project = My organisation's development project
programme-no-project = No project has been written for your organisation.
programme-my-parts = My responsibility
programme-attended = What I have attended
programme-attended-none = No attendance has been marked yet.
error-cohort-code = Give a code, for example EKJ5: 2–16 characters, capital letters, digits or dashes, starting with a letter.
error-cohort-code-taken = Another cohort has this code already.
error-cohort-name = Give a name.
error-cohort-name-long = The name may be at most 200 characters.
error-cohort-status = Choose a status.
error-cohort-forums = Give the number of forums, 1–12, or leave it empty (five).
error-cohort-provider = Choose a provider.
error-cohort-organisation = Choose an organisation.
error-cohort-organisation-there = The organisation takes part in this cohort already.
error-cohort-ends-before-start = The end date cannot be before the start date.
error-date = Give a date as yyyy-mm-dd.
error-text-long = The text may be at most 4,000 characters.
error-title-long = The title may be at most 300 characters.
error-participant-sector = Choose a sector.
error-participant-level = Choose a level.
error-enrolment = Unknown enrolment status.
error-progress-status = Choose a status.
error-progress-empty = Say what was done.
error-enrol-file = Choose a CSV file (UTF-8 text).
error-enrol-empty = Give at least one e-mail address.
error-enrol-malformed = These are not e-mail addresses: { $addresses }. Nobody was added.
error-enrol-unknown = These addresses have no account: { $addresses }. Nobody was added.
error-enrol-outside = These people do not belong to an organisation whose participants you may add: { $addresses }. Nobody was added.
error-part-managers = These addresses are not of the organisation's people: { $addresses }.
error-lecturer-long = A lecturer's name and affiliation may be at most 200 characters each.
groups-title = Peer groups
groups-intro = Peer groups bring together managers of different organisations and sectors. The suggestion mixes organisations and sectors; you can move people from one group to another.
groups-field-size = Group size
groups-hint-size = 4–8 people, usually six. A new suggestion replaces the present groups.
groups-suggest = Form groups as suggested
groups-formed = The peer groups have been formed.
groups-none = No groups have been formed yet.
groups-ungrouped = In no group
group-name = Peer group { $number }
group-move = Move
group-move-label = The group to move { $name } to
group-move-submit = Move
group-member-moved = The person has been moved.
group-members = Members
group-meetings = Meetings
group-no-meetings = No meetings have been noted yet.
group-meeting-add = Add a meeting
group-meeting-added = The meeting has been added.
group-field-place = Place or link
group-field-notes = Notes
programme-group = My peer group
programme-no-group = You have not been placed in a peer group yet.
programme-next-meeting = Next meeting
error-group-size = Give a group size of 4–8.
error-groups-one-organisation = The groups cannot be mixed: the confirmed participants are of one organisation.
error-group-place = Give a place or a link (at most 300 characters).
report-title = Reports
report-participants = Participants by organisation, sector and level
report-attendance = Attendance at the leadership forums
report-feedback = Feedback by forum (1–5)
report-total = Total
report-answers = Answers
report-average = Average
report-too-few = fewer than 5 answers
report-comments = Comments
report-no-comments = There are no comments yet.
report-download-csv = Download the table (CSV)
report-download-xlsx = Download every table (Excel)
group-discussion = Discussion
group-no-posts = There are no messages in the group yet.
group-post-new = New message
group-post-field = Message
group-post-submit = Send the message
group-post-edit = Edit the message
group-post-save = Save the message
group-post-delete = Delete the message
group-post-edited = edited
group-post-added = The message has been sent. The group's other members get an e-mail of it.
group-post-saved = The message has been saved.
group-post-deleted = The message has been deleted.
error-post-empty = Write a message.
mail-group-post-subject = A new message in the peer group { $group }
mail-group-post-body = Hello,

    { $author } wrote in the peer group { $group }:

    { $excerpt }

    Read and reply: { $link }
event-further-sessions = The course's other days
event-hint-further-sessions = A training can be a course of several days: one registration and one seat cover every day, and each day has its own time, calendar entry and attendance. Feedback is asked after the last day. A day left empty is not part of the course.
event-session-n = Day { $number }
event-sessions = The course's days
event-sessions-n = { $count ->
    [one] one day
   *[other] { $count } days
}
event-field-region = Region
event-region-hint = The region of the venue; without one, the event is shown in the region of the organisation it is for.
events-all-regions = All regions
event-attended-session-label = { $name } attended day { $number }
event-course-attendance-hint = Attendance is marked day by day for the days that have begun. Feedback is asked of those who attended once the last day's attendance is marked.
error-session-order = A day can begin only after the day before it has ended.
error-session-too-many = A course can have at most eight days.

my-data-title = Data stored about you
my-data-intro = Here is everything the service has stored about you, by kind. You can download all of it as one file.
my-data-link = See and download your data
my-data-kinds = The data about you by kind
my-data-kind = Kind of data
my-data-records = Records
my-data-kind-account = User account and account request
my-data-kind-roles = Roles
my-data-kind-sessions = Sign-ins, remembered browsers, one-time links and calendar feeds
my-data-kind-academy = Academy: progress, ratings, tool answers and followed themes
my-data-kind-events = Events: registrations, attendance, feedback and invitations
my-data-kind-coaching = Coaching: enrolment, peer groups, tasks and submissions, self-assessments and surveys
my-data-kind-certificates = Certificates
my-data-kind-development = Development programme: sparring applications and solutions
my-data-kind-newsletters = Newsletter subscriptions
my-data-kind-api-tokens = API tokens (names only)
my-data-kind-files = Files you uploaded
my-data-kind-work = What you did for others in your roles: decisions, feedback and texts you wrote
my-data-kind-audit = Log entries: who handled your data and what you did yourself
my-data-files = The download also holds the files you uploaded ({ $count }).
my-data-download = Download all my data (ZIP)
my-data-download-hint = The ZIP file holds one JSON file for each table. Your password's hash, the tokens' hashes and other secrets are not downloaded. The download is logged.

footer-privacy = Privacy statement
privacy-title = Privacy statement
privacy-intro = This tells what personal data the service handles, for what purpose, how long the data is kept and what rights you have. The retention periods come from the service's settings, and a nightly run removes data older than them.
privacy-controller-title = Controller and contact
privacy-controller-text = The controller is the operator of the service. Send questions and requests about data protection to:
privacy-purposes-title = Purposes
privacy-purpose-services = Providing the Manager Academy, the events, the coaching programme and the workplace development programme to you and your organisation.
privacy-purpose-certificates = Granting the coaching programme's certificates. A certificate's public verification page shows the holder's name and organisation.
privacy-purpose-newsletters = Sending the newsletter to those who subscribed and confirmed. The consent is recorded.
privacy-purpose-statistics = Yearly statistics. They are counted from the rows, and figures of fewer than five people are not shown.
privacy-purpose-security = The service's security: sign-in attempts and a log of who handled whose data.
privacy-data-title = What data is handled
privacy-data-text = Name, e-mail address, organisation, language and roles; what you do in the service (progress, registrations, feedback, coaching tasks, applications and solutions); files you upload; sign-ins; and log entries. If you sign in through your organisation's identity provider, the identifier it gives you is kept too.
privacy-who-title = Who sees the data
privacy-who-text = You; your organisation's HR developer sees their own organisation's data; coaches and coordinators the data their tasks need. A person of another organisation does not see your data. An approved solution is public, and its contact person is shown only with their consent.
privacy-retention-title = Retention
privacy-retention-intro = Data is removed when it is no longer needed:
privacy-retention-account = The account's data is kept as long as the account exists.
privacy-retention-requests = An account request that was not approved: { $days } day(s) from the request.
privacy-retention-links = One-time links (password reset, welcome link): { $days } day(s) after the link stopped working.
privacy-retention-sessions = A sign-in ends after { $hours } hour(s) without use, and an ended session is removed.
privacy-retention-throttle = Counts of failed sign-ins: { $days } day(s).
privacy-retention-audit = The log of who handled whose data: { $days } day(s).
privacy-rights-title = Your rights
privacy-right-access = You can see all data stored about you and download it:
privacy-right-rectify = You can correct your name and language in your profile:
privacy-right-erase = You can ask for your data to be erased on the page of your data. An administrator erases it, or tells you why it must be kept; you get the answer by e-mail. Erasure leaves only what others need, without you: an event's attendance count and anonymous answers, for example. Your certificate is revoked, and its page then says only that it was revoked.
privacy-right-newsletter = You can leave the newsletter with one click on the link in every newsletter.
privacy-right-complain = You can file a complaint with the Data Protection Ombudsman:
privacy-log-title = Log
privacy-log-text = As section 17 of the Act on Information Management in Public Administration (906/2019) requires, the service logs who viewed whose person page, changed whose account, roles or password, disabled an account, granted or revoked a certificate, handled a request for erasure, and when someone downloaded their own data. You see the entries about you on the page of your data.

admin-audit-search = Search the log
admin-audit-intro = The log tells who did what to whose data. Search by who, whose, action or dates. At most the 1000 newest entries are shown.
admin-audit-actor-email = E-mail address of who did it
admin-audit-subject-email = Whose data (e-mail address)
admin-audit-action-hint = The action's beginning, for example person: or certificate:revoke
admin-audit-from = From
admin-audit-to = Until
admin-audit-search-button = Search
admin-audit-found = Entries: { $count }
admin-audit-csv = Download the entries (CSV)
admin-audit-detail = Detail
error-audit-no-such-person = There is no user with this e-mail address.
my-data-log = Log entries about you
my-data-log-intro = Who has handled your data and when. At most the 50 newest entries are shown here; the download has them all.
my-data-log-none = There are no log entries about you.

# Erasure
erasure-title = Erasing your data
erasure-intro = You can ask for everything stored about you to be erased. An administrator handles the request: they erase the data, or tell you why it must be kept. After erasure you can no longer sign in, and your certificate is revoked.
erasure-requested-on = Request of { $date }
erasure-status-waiting = waiting
erasure-status-erased = data erased
erasure-status-refused = refused
erasure-reason = Reason
erasure-message = Message to the administrator (optional)
erasure-person-message = The person's message
erasure-message-hint = At most 2,000 characters.
erasure-request = Ask for my data to be erased
erasure-request-sent = Your request for erasure has been received. You will get the answer by e-mail.
erasure-admin-title = Requests for erasure
erasure-admin-waiting = { $count } waiting
erasure-admin-intro = People ask for their data to be erased on the page of their data. Carry a request out, or refuse it with a reason; the person is told by e-mail, and the decision is logged.
erasure-admin-none = There are no requests for erasure.
erasure-admin-requests = Requests for erasure, waiting ones first
erasure-admin-request = Request for erasure
erasure-person = Person
erasure-requested = Requested
erasure-status = Status
erasure-rules = What erasure does
erasure-rules-intro = Erasure follows the rule written for each table, in one transaction.
erasure-rule = Rule by table
erasure-rule-remove = the rows go
erasure-rule-unlink = the rows stay for others, without the person
erasure-rule-keep = the rows stay, anonymous (counts, anonymous answers, the log)
erasure-rule-anonymise = the account's name, address and password go, the account is closed for good
erasure-rule-revoke = the certificate is revoked, the holder's name goes
erasure-carry-out = Erase the data
erasure-confirm = I erase the data of { $name } for good
erasure-refuse = Refuse the request
erasure-reason-hint = The person is told the reason, such as the law that requires keeping the data. At most 2,000 characters.
erasure-done = The data has been erased. The person is told by e-mail.
erasure-refused = The request has been refused. The person gets the reason by e-mail.
error-erasure-message-long = The message can be at most 2,000 characters.
error-erasure-reason = Write the reason the person will be told.
error-erasure-reason-long = The reason can be at most 2,000 characters.
error-erasure-waiting = You already have a request for erasure waiting.
error-erasure-confirm = Confirm the erasure by ticking the box.
error-erasure-decided = The request has already been handled.
mail-erased-subject = Your data has been erased from Johto
mail-erased-body = Hello,

    as you asked, the data stored about you has been erased from Johto. Your account is closed and can no longer be used to sign in. Only what others need without you remains, such as events' attendance counts. This e-mail address does not stay in the service.
mail-erasure-refused-subject = Your request for erasure has been handled
mail-erasure-refused-body = Hello { $name },

    your request to erase your data from Johto could not be carried out. The reason:

    { $reason }

    You can see and download your data at { $link }. You can complain to the Data Protection Ombudsman (tietosuoja.fi).

# Signing in through an identity provider
sso-heading = Sign in with your organisation's account
sso-sign-in-with = Sign in with { $provider }
sso-or-password = Or sign in with e-mail and password
sso-requested-title = Your request for an account has been sent
sso-title = Signing in did not succeed
sso-back-to-login = Back to signing in
sso-back-to-start = To the start page
sso-unavailable = Your organisation's identity provider cannot be reached just now. Try again in a while, or sign in with your password.
sso-requested = The identity provider confirmed who you are, but you do not have an account yet. Your request for an account has gone to your organisation's HR developer. You will get an e-mail once it has been handled.
sso-refused-state = The answer does not belong to a sign-in started in this browser, or it has been used already. Start signing in again.
sso-refused-expired = The sign-in expired: more than 10 minutes have passed since it began. Start signing in again.
sso-refused-code = The identity provider did not accept the sign-in. Start signing in again.
sso-refused-token = The identity provider's answer could not be verified. Start signing in again.
sso-refused-unverified = The identity provider did not confirm your e-mail address, so it cannot sign you in.
sso-refused-domain = This identity provider does not vouch for your e-mail address's domain.
sso-refused-disabled = Your account has been disabled. Contact your organisation's HR developer.
sso-refused-organisation = Your e-mail address's domain belongs to no organisation this identity provider vouches for. You can ask for an account with the form.
sso-refused-waiting = Your request for an account is already waiting. You will get an e-mail once it has been handled.
sso-signed-out-title = You have signed out
sso-signed-out-text = You have signed out of Johto. You signed in through { $provider }; you can sign out there too.
sso-end-session = Sign out of { $provider } too
sso-admin-title = Identity providers
sso-admin-card = Organisations' own identity providers (OpenID Connect)
sso-admin-intro = Organisations' own identity providers, which their people sign in with. Each vouches only for the e-mail domains and organisations given to it.
sso-admin-none = No identity providers have been added.
sso-admin-providers = Identity providers
sso-add = Add an identity provider
sso-name = Name
sso-name-fi = Name in Finnish
sso-name-sv = Name in Swedish
sso-issuer = Issuer address
sso-issuer-hint = The address under which /.well-known/openid-configuration is found, such as https://tunnistus.espoo.fi.
sso-client-id = Client id
sso-client-secret = Client secret
sso-secret-hint = The secret is not shown after it is saved.
sso-secret-keep-hint = Leave empty to keep the saved secret. It is not shown.
sso-domains = E-mail domains
sso-domains-hint = One per line or separated by commas, such as espoo.fi.
sso-organisations = Organisations
sso-organisations-hint = The organisations whose people the provider vouches for. Choose several with Ctrl or Cmd.
sso-auto-approve = A new person gets an account at once (otherwise an account request waits for the HR developer)
sso-enabled = In use on the sign-in page
sso-callback-hint = Register as the redirect address at the provider:
sso-new-people = New people
sso-in-use = In use
sso-auto-approve-short = account at once
sso-wait-short = account request
sso-enabled-short = yes
sso-disabled-short = no
sso-saved = The identity provider has been saved.
error-sso-issuer = Give an https address (http only on this machine, 127.0.0.1 or localhost).
error-sso-text = This is required.
error-sso-text-long = At most 200 characters.
error-sso-secret = Give the client secret.
error-sso-domains = Give at least one e-mail domain.
error-sso-organisations = Choose at least one organisation.
