# Interim tasks, certificate work, self-assessment and developmental evaluation

cohort-field-end-assessment = End assessment opens
cohort-hint-end-assessment = The day from which participants may take the end self-assessment. Left empty, two months before the cohort ends.

nav-queue = To review

## Interim tasks

tasks-title = Tasks
tasks-intro = Interim tasks support your own development during the coaching, and in the certificate work you assess how your leadership has developed. The coach gives feedback on every work handed in.
tasks-none = No tasks have been set yet.
tasks-grid-title = Where the tasks stand
task-new = New task
task-edit = Edit the task
task-save = Save
task-create = Set the task
task-created = The task has been set.
task-saved = The task has been saved.
task-field-title = Task
task-field-title-fi = Title in Finnish
task-field-title-sv = Title in Swedish
task-field-kind = Kind
task-field-instructions-fi = Instructions in Finnish
task-field-instructions-sv = Instructions in Swedish
task-hint-instructions = Markdown: headings (#), lists (-), links [text](address).
task-field-opens = Opens
task-field-due = Due
task-field-closes = Last hand-in
task-hint-times = A work handed in after the due date is taken as late until the last hand-in.
task-field-for-groups = A joint task of the peer group
task-hint-for-groups = The group hands in one joint work. Cannot be changed once works have been started.
task-for-groups-short = group task
task-kind-interim = Interim task
task-kind-certificate-work = Certificate work
task-due = Due
task-my-state = State
task-state = State
task-waiting = Awaiting feedback
task-approved = Approved
task-state-not-started = Not started
task-state-draft = Draft
task-state-submitted = Handed in
task-state-late = Handed in late
task-state-revise = To be revised
task-state-approved = Approved
task-outcome-approved = Approved
task-outcome-revise = To be revised
task-extended-for-you = extended for you
task-instructions = Instructions
task-attachments = Attachments
task-attach-file = Attachment
task-attach = Add the attachment
task-attached = The attachment has been added.
task-hint-file = A PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file, at most { $size } MB.
task-my-work = My work
task-our-work = Our group's work
task-no-group = This is a peer group's task, and you are not in a group yet. Ask the coach.
task-draft-files = The draft's files
task-remove-file = Remove
task-remove-file-named = Remove { $name }
task-field-body = Work
task-hint-body = You can save a draft and continue later. A work handed in goes to the coach.
task-field-file = Add a file
task-save-draft = Save the draft
task-hand-in = Hand in
task-attempts = Handed in
task-attempt = Hand-in
task-attempt-number = Hand-in { $number }
task-late = late
task-feedback = Feedback
task-awaiting-feedback = Awaiting the coach's feedback.
task-works = The participants' works
task-works-none = There are no participants.
task-extensions = Extensions
task-extension-person = Participant
task-extension-until = New due date
task-extend = Grant an extension
task-extended = The extension has been granted.
work-saved = The draft has been saved.
work-handed-in = The work has been handed in to the coach.
work-file-removed = The file has been removed from the draft.
work-not-handed-in = The work has not been handed in yet.
feedback-give = Give feedback
feedback-outcome = Decision
feedback-file = Attach a file (optional)
feedback-send = Send the feedback
feedback-given = The feedback has been given, and the participant is told of it.
queue-title = Works awaiting feedback
queue-intro = Works handed in in the cohorts you coach, the oldest first.
queue-cohort = Cohort
queue-all-cohorts = All cohorts
queue-filter = Show
queue-empty = No works await feedback.
queue-count = { $count ->
    [one] One work awaits feedback
   *[other] { $count } works await feedback
}
queue-handed-in = Handed in

error-task-kind = Choose the kind of task.
error-feedback-outcome = Choose whether you approve the work or ask for a revision.
error-task-due-before-open = The due date cannot be before the task opens.
error-task-closes-before-due = The last hand-in cannot be before the due date.
error-task-handed-in = The work has been handed in already. You can hand it in again if the coach asks for a revision.
error-task-not-open = The task has not opened yet.
error-task-closed = The last hand-in has passed, and the work can no longer be handed in. Your draft is kept; ask the coach for an extension if you need one.
error-task-title = Give the task a title.
error-task-title-long = The title is too long (at most 200 characters).
error-task-instructions = Write the instructions.
error-work-long = The text is too long (at most 20,000 characters).
error-work-empty = Write some text or add a file before handing in.
error-feedback-empty = Write the feedback.
error-feedback-given = The work has had its feedback already.
error-task-certificate-work-taken = The cohort has a certificate work already.
error-extension-person = Choose a participant.

mail-feedback-subject = Feedback: { $task }
mail-feedback-body =
    The coach has given feedback on your work "{ $task }": { $outcome }.

    Read the feedback:
    { $link }
mail-coach-digest-subject = { $count ->
    [one] A new work handed in
   *[other] { $count } new works handed in
}
mail-coach-digest-body =
    Since yesterday morning { $count } works have been handed in, { $late } of them late:

    { $list }

    Works awaiting feedback:
    { $link }

## Self-assessment and developmental evaluation: errors

error-assessment-area = Unknown area.
error-assessment-phase = Unknown phase of the assessment.
error-assessment-rating = Choose a rating from 1 to 5.
error-assessment-comment-long = The comment is too long (at most 1,000 characters).
error-assessment-end-early = The end assessment can be taken once it opens.
error-question-kind = Choose the kind of question.
error-round-status = Unknown state of the round.
error-answer-likert = Choose 1–5 or "Cannot say".
error-survey-title = Give the survey a name.
error-survey-title-long = The name is too long (at most 200 characters).
error-question-long = The question is too long (at most 500 characters).
error-question-text = Write the question in at least one language.
error-question-options = Give at least two options, each on a line of its own.
error-survey-empty = The survey has no questions.
error-survey-incomplete = Every question needs its text in both Finnish and Swedish (and a choice the same number of options in both) before a round can open.
error-evaluation-response-empty = Write your response.

mail-evaluation-invitation-subject = Developmental evaluation: { $round }
mail-evaluation-invitation-body =
    You are invited to answer the survey "{ $survey }" ({ $round }). It is open until { $closes }.

    Answers are only ever shown as groups of at least five.

    Answer the survey:
    { $link }
mail-evaluation-reminder-subject = Reminder: { $round }
mail-evaluation-reminder-body =
    You have not yet answered the survey "{ $survey }" ({ $round }). It is open until { $closes }.

    Answer the survey:
    { $link }

## Self-assessment

cohort-work = Tasks and evaluation
figure-too-few = < 5
assessment-title = Self-assessment
assessment-intro = You assess your own leadership at the start and at the end of the coaching with the same statements. The comparison shows, area by area, how your view has changed; you can use it in your certificate work. Only you, your coach and the certifier see your answers.
assessment-of-person-intro = The participant's own answers. Only the participant, the coach and the certifier see them.
assessment-phase-start = Start assessment
assessment-phase-end = End assessment
assessment-take-start = Take the start assessment
assessment-take-end = Take the end assessment
assessment-retake = Change the answers
assessment-done-at = taken { $at }
assessment-end-opens = The end assessment opens on { $date }.
assessment-none = You have not taken the self-assessment yet.
assessment-comparison = Start and end by area (1–5)
assessment-area = Area
assessment-change = Change
assessment-comments = Comments
assessment-form-intro = Rate how well each statement describes your leadership now: 1 = not at all, 5 = entirely. The comment is optional.
assessment-scale-1 = not at all
assessment-scale-5 = entirely
assessment-comment = Comment (optional)
assessment-save = Save the assessment
assessment-saved = The self-assessment has been saved.
assessment-summary-title = Self-assessments by area
assessment-summary-intro = The areas' means (1–5). A group of fewer than five is shown as "< 5", and so is a group that would reveal one by subtraction.

area-customer-orientation = Customer orientation
area-leading-people = Leading people
area-leading-change = Leading change
area-networks = Networks and cooperation
area-strategy = Strategy
area-results = Results

statement-customer-needs = I know the needs of my unit's customers and take them into account in my decisions.
statement-customer-feedback = I regularly collect feedback from customers and use it to develop the services.
statement-customer-involvement = I involve customers in planning the services.
statement-people-conversations = I hold regular development discussions with each of my staff.
statement-people-feedback = I give my staff feedback on both successes and what can be developed.
statement-people-wellbeing = I support the wellbeing of my work community and address problems early.
statement-change-reasons = I explain the reasons for changes to my staff understandably.
statement-change-involvement = I involve my staff in planning and carrying out changes.
statement-change-follow-up = I assess the effects of changes and correct the course when needed.
statement-networks-cooperation = I work together with other units and sectors.
statement-networks-expertise = I make use of the expertise of the municipal group and other organisations in my work.
statement-networks-sharing = I share my experiences and good practices with other managers.
statement-strategy-knowing = I know my organisation's strategy and what it means for my unit.
statement-strategy-goals = I turn the strategy into concrete goals for my unit.
statement-strategy-meaning = I tell my staff how their work relates to the strategy.
statement-results-goals = My unit has clear and measurable goals.
statement-results-follow-up = I follow up the goals regularly together with my staff.
statement-results-information = I use financial and personnel information to support my leadership.

## Developmental evaluation

nav-evaluation = Evaluation
evaluation-title = Developmental evaluation
evaluation-intro = Surveys evaluating the development work of a cohort's organisations. A survey is sent in rounds to the participants and to the organisations' project leads and HR developers.
evaluation-none = There are no surveys yet.
evaluation-question-count = { $count ->
    [one] one question
   *[other] { $count } questions
}
survey-new = New survey
survey-field-title-fi = Name in Finnish
survey-field-title-sv = Name in Swedish
survey-create = Create the survey
survey-created = The survey has been created.
evaluation-results = Results
survey-questions = Questions
survey-no-questions = There are no questions yet.
survey-missing-fi = the Finnish text is missing
survey-missing-sv = the Swedish text is missing
survey-remove-question-named = Remove question { $number }
survey-add-question = Add a question
survey-field-kind = Kind of question
survey-field-text-fi = The question in Finnish
survey-field-text-sv = The question in Swedish
survey-field-options-fi = Options in Finnish
survey-field-options-sv = Options in Swedish
survey-hint-options = A choice's options, each on a line of its own, in the same order in both languages.
survey-questions-fixed = A round has opened, so the questions are fixed: every round asks the same.
question-kind-likert = Statement 1–5
question-kind-choice = Choice
question-kind-text = Free text
question-added = The question has been added.
question-removed = The question has been removed.
survey-rounds = Rounds
survey-no-rounds = There are no rounds yet.
survey-round = Round
survey-round-status = State
survey-anonymity = Answers
survey-closes = Closes
survey-actions = Actions
survey-anonymous = Anonymous answers
survey-named = Named answers
survey-hint-anonymous = An anonymous answer keeps no respondent. The choice cannot change once the round opens.
survey-open = Open the round
survey-remind = Remind those who have not answered
survey-close = Close the round
survey-add-round = Add a round
survey-field-round-fi = The round's name in Finnish
survey-field-round-sv = The round's name in Swedish
round-status-draft = Being prepared
round-status-open = Open
round-status-closed = Closed
round-added = The round has been added.
round-opened = The round has opened, and the invitations are on their way.
round-closed = The round has been closed.
round-reminded = Reminders go to those who have not answered yet.
error-survey-in-use = A round has opened, so the questions can no longer change.
error-round-not-draft = The round has opened already.
error-answer-choice = Choose one of the options.
survey-answered = Thank you for your answers!
error-survey-answered = You have answered this round already, or it has closed.
survey-answer-closed = You have answered this round already, or it has closed.
survey-answer-intro = The survey is open until { $date }. You may leave questions unanswered.
survey-answer-anonymous = The answers are anonymous: you are not kept with them, and results are shown only for groups of at least five.
survey-answer-named = The answers are kept with your name, but results are shown only for groups of at least five.
survey-cannot-say = Cannot say
survey-send = Send the answers
question = Question
evaluation-cohort = The whole cohort
evaluation-means = Means (1–5)
evaluation-change = Change
evaluation-across-rounds = The whole cohort's means by round
evaluation-option = Option
evaluation-invited = invited
evaluation-answered = answered
evaluation-turnout = Who answered
evaluation-results-intro = Results by organisation and for the whole cohort, by round. A group of fewer than five is shown as "< 5", and so is a group that would reveal one by subtraction. Free answers are shown without names or organisations.
evaluation-organisations = The organisations' pages
evaluation-responses = The organisations' responses
evaluation-no-responses = The organisations have not written responses yet.
evaluation-organisation-intro = Your organisation's results beside the whole cohort's. Write your response: what we will do next. The evaluator sees it.
evaluation-our-response = Our response
evaluation-no-response = No response has been written yet.
evaluation-response-field = What we will do next
evaluation-respond = Save the response
evaluation-responded = The response has been saved.
programme-surveys = Surveys waiting for your answer
programme-assessment-both = Start and end assessments taken: see the comparison
programme-assessment-start-done = The start assessment has been taken
