# KunTeko: sparring

nav-sparring = Sparring
sparring-title = Sparring
sparring-intro = Workplaces can apply for free sparring, one or two days to support their development work. The sparrers were chosen by public tendering; the organisation picks its sparrer from the list. Days are applied for in rounds, and more are asked than can be granted.
sparring-round-new = New round
sparring-round-create = Open the round
sparring-round-created = The round has been opened.
sparring-rounds = Rounds
sparring-no-rounds = There are no rounds yet.
sparring-status-open = open
sparring-status-closed = closed
sparring-status-decided = decided
sparring-to-review = Applications to review
sparring-our-applications = Our organisation's applications
sparring-our-application = Our organisation's application
sparring-application = Application
sparring-application-view = View the application
sparring-application-edit = Edit the application
sparring-application-save = Save the changes
sparring-apply = Apply for sparring
sparring-apply-send = Send the application
sparring-apply-intro = An organisation may leave one application per round and edit it until the round closes. You get a receipt by e-mail.
sparring-applied = The application has been saved, and a receipt is on its way.
sparring-closed = The round is not open.
sparring-days-asked = Days asked
sparring-days-granted = Days granted
sparring-days-proposed = Days proposed
sparring-days-left = Left
sparring-days-held = Sparring days held
sparring-days-asked-n = { $count ->
    [one] one day
   *[other] { $count } days
}
sparring-days-granted-n = { $count ->
    [one] one day granted
   *[other] { $count } days granted
}
sparring-field-name-fi = Name in Finnish
sparring-field-name-sv = Name in Swedish
sparring-field-pool = Days to share
sparring-hint-pool = The round's whole pool of days.
sparring-field-max = At most days per organisation
sparring-field-opens = Opens
sparring-field-closes = Closes
sparring-field-kinds = Who may apply
sparring-field-floors = Regions' least days (optional)
sparring-hint-floors = A line for each region: region: days, for example lappi: 4. The regions:
sparring-field-sparrers = Sparrers
sparring-hint-sparrers = A line for each sparrer: name; company; areas.
sparring-field-published = The draw's published value
sparring-hint-published = Publish the value before the round closes (on the website, say). Ties are broken by a draw whose seed is made from the applications and this value, so anyone can repeat it.
sparring-field-contact-name = Contact person
sparring-field-contact-email = The contact person's e-mail
sparring-field-reconsideration = Time to ask for reconsideration (days)
sparring-hint-reconsideration = Usually 30 days from being told of the decision.
sparring-sparrers = Sparrers
sparring-no-sparrers = No sparrers have been added yet.
sparring-rubric = Scoring criteria
sparring-no-rubric = There are no scoring criteria yet.
sparring-weight-n = weight { $weight }
sparring-criterion-add = Add a criterion
sparring-criterion-added = The criterion has been added.
sparring-schedule = Application period
sparring-schedule-save = Save the application period
sparring-rescheduled = The round's application period has been changed.
sparring-field-criterion-fi = The criterion in Finnish
sparring-field-criterion-sv = The criterion in Swedish
sparring-field-weight = Weight
sparring-field-anchors-fi = What 1 to 5 mean, in Finnish
sparring-field-anchors-sv = What 1 to 5 mean, in Swedish
sparring-hint-anchors = Five lines: what 1, 2, 3, 4 and 5 mean.
sparring-applications = Applications
sparring-applications-n = { $count ->
    [one] One application
   *[other] { $count } applications
}
sparring-no-applications = There are no applications yet.
sparring-score = Score
sparring-reviewers = Reviewers
sparring-no-reviewers = No reviewers yet; each application needs at least two.
sparring-field-reviewer = The reviewer's e-mail
sparring-hint-reviewer = Name at least two reviewers for each application.
sparring-reviewer-assign = Name the reviewer
sparring-reviewer-assigned = The reviewer has been named.
sparring-your-review = Your review
sparring-field-comment = Comment (optional)
sparring-score-save = Save the scores
sparring-abstain = I abstain
sparring-recuse = I have a conflict of interest
sparring-hint-review = Abstaining leaves your scores out of the mean. With a conflict of interest you no longer see the application.
sparring-reviewed = Your review has been saved.
review-status-assigned = waiting for the review
review-status-scored = scored
review-status-abstained = abstained
review-status-recused = recused
sparring-board = Allocation board
sparring-board-intro = The applications by score. Eligible, scored applications get the days they asked (up to the cap per organisation) in order until the days run out; the regions' least days come first. Ties are broken by a draw from the published value.
sparring-what-if = what if
sparring-what-if-pool = Try another number of days
sparring-what-if-show = Show
sparring-threshold = The lowest score granted days
sparring-seed = The draw's seed
sparring-rank = Rank
sparring-region = Region
sparring-kind = Kind of organisation
sparring-ineligible = not eligible
sparring-freeze = Freeze the decision
sparring-freeze-hint = A frozen decision keeps its inputs, their hash, the rule's version, the scores, the seed and the result, takes the days and sends each applicant a letter. A round is frozen once.
sparring-frozen = The decision has been frozen, and the letters are on their way.
sparring-decision = Decision
sparring-decided-by = Decided by
sparring-rule = The rule
sparring-rule-old = an earlier version
sparring-inputs-hash = The inputs' hash
sparring-rerun-same = The rule was run again on the stored inputs: the result is the same.
sparring-rerun-differs = The rule was run again on the stored inputs: the result is NOT the same.
sparring-rerun-explained = The decision stored all its inputs. This page computes the allocation from them each time and compares it with the stored one.
sparring-letter = The decision letter
sparring-reconsideration = Reconsideration
sparring-field-reconsideration-text = Your request and its grounds
sparring-reconsideration-ask = Ask for reconsideration
sparring-reconsideration-filed = The request has been filed.
sparring-reconsideration-answer = Answer
sparring-reconsideration-send-answer = Send the answer
sparring-reconsideration-answered = The answer has been given, and the applicant is told.
sparring-reconsideration-waiting = Waiting to be handled.
sparring-field-more-days = Grant more days
sparring-hint-more-days = One or two, if days are left.
sparring-grant-more = Grant
sparring-days-granted-flash = The days have been granted.
sparring-no-days-held = No sparring days have been recorded yet.
sparring-field-held-on = Day
sparring-field-report = A short report
sparring-day-record = Record the sparring day
sparring-day-recorded = The sparring day has been recorded.
sparring-report = The round's report
sparring-report-regions = Applications and days by region
sparring-report-kinds = Applications and days by kind of organisation
sparring-submitted = Submitted
sparring-updated = edited { $at }
sparring-field-aim = What you want to develop
sparring-hint-aim = Describe the need, the aim and how sparring helps.
sparring-field-workplace = Workplace
sparring-field-staff = Staff taking part in the development
sparring-field-days = Days asked
sparring-field-sparrer = Sparrer
sparring-sparrer-any = No preference
sparring-field-applicant-contact = Contact person
sparring-field-applicant-email = The contact person's e-mail
sparring-field-lang = The letter's language
letter-opening = Decision on your application for sparring: { $round }.
letter-granted = Your application scored { $score }. The round shared { $pool } days among { $applications } applications, and days were granted to those scoring { $threshold } or more. You are granted { $granted } sparring days, as you asked.
letter-partly-granted = Your application scored { $score }. The round shared { $pool } days among { $applications } applications, and days were granted to those scoring { $threshold } or more. You asked for { $asked } days; the days ran out, so you are granted { $granted }.
letter-not-granted = Your application scored { $score }. The round shared { $pool } days among { $applications } applications, and they went to those scoring { $threshold } or more. Your application can therefore not be granted days.
letter-ineligible = Your kind of organisation is not eligible in this round, so the application cannot be granted days.
letter-unscored = Your application was not scored, so it cannot be granted days.
letter-rule = The days were shared by a rule published in advance ({ $rule }): the eligible applications by score, each the days asked up to the cap per organisation, until the days ran out; ties were broken by a draw published before the round closed.
letter-decided = Decided by { $decider } on { $date }.
letter-contact = For more information, contact { $contact } ({ $email }).
letter-reconsideration = If you are not satisfied with the decision, you may ask for it to be reconsidered within { $days } days of being told of it, by { $deadline }. Ask on the application's page, saying what you want changed and why.
mail-sparring-receipt-subject = Application received: { $round }
mail-sparring-receipt-body =
    Your application for sparring has been received ({ $round }). You can edit it until the round closes:
    { $link }
mail-sparring-decision-subject = Decision: { $round }
mail-sparring-decision-body =
    { $text }

    The application and the decision:
    { $link }
mail-sparring-reconsidered-subject = Answer to your request: { $round }
mail-sparring-reconsidered-body =
    { $text }

    The application:
    { $link }
error-region = Unknown region.
error-review-status = Unknown state of review.
error-sparring-days = Ask for one or two days.
error-sparring-score = Choose a score from 1 to 5.
error-sparring-staff = Give the number of staff as a number.
error-sparring-aim = Write what you want to develop.
error-sparring-required = Fill in this field.
error-sparring-long = The text is too long (at most 200 characters).
error-sparring-pool = Give the number of days to share.
error-sparring-reconsideration = Give 7 to 90 days.
error-sparring-closes = The round cannot close before it opens.
error-sparring-kinds = Choose at least one kind of organisation.
error-sparring-floors = Write the lines as region: days, for example lappi: 4.
error-sparring-sparrers = Write the lines as name; company; areas.
error-sparring-weight = Give a weight from 1 to 10.
error-sparring-anchors = Write five lines, one for each score.
error-sparring-rubric-in-use = Reviewers have scored already, so the criteria can no longer change.
error-sparring-closed = The round is not open, so the application can no longer be sent or changed.
error-sparring-sparrer = Choose a sparrer from the list.
error-sparring-lang = Choose Finnish or Swedish.
error-sparring-reviewer = No one has this address.
error-sparring-decided = The round's decision has been made already.
error-sparring-still-open = The round is still open; the decision can be frozen once it closes.
error-sparring-pool-empty = That many days are not left.
error-sparring-not-decided = The decision has not been made yet.
sparring-no-reconsiderations = No reconsideration has been asked for.
error-sparring-over-cap = The organisation would get more days than the round allows.
sparring-short-of-reviewers-n = { $count ->
    [one] One application has fewer than two reviewers who are not recused. Assign reviewers before freezing the decision.
   *[other] { $count } applications have fewer than two reviewers who are not recused. Assign reviewers before freezing the decision.
}
sparring-needs-reviewer = needs another reviewer
