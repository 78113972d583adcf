# The progress arena: the bank of development solutions, moderation and challenge campaigns.
nav-solutions = Progress arena
solutions-title = Progress arena
solutions-intro = Development solutions from municipal workplaces in every sector: what the problem was, what was done and what was learnt. Search with words and narrow with choices; the address keeps the choices, so a narrowed list can be shared and bookmarked.
solutions-feed = New solutions (Atom feed)
solutions-campaigns = Challenge campaigns
solutions-new = Write a new solution
solutions-mine = Our organisation's solutions
solutions-moderation = Moderation
solutions-search = Search the solutions
solutions-sort = Order
solutions-sort-newest = Newest first
solutions-sort-relevance = Best match first
solutions-apply = Show
solutions-found = { $count ->
    [one] One solution
   *[other] { $count } solutions
}
solutions-chosen = Chosen filters
solutions-remove-choice = Remove filter: { $value }
solutions-none = No solutions.
solutions-facet-sector = Sector
solutions-facet-topic = Theme
solutions-facet-kind = Kind of organisation
solutions-facet-region = Region
solutions-facet-campaign = Campaign
solutions-facet-year = Year
solution-sector-social-health = Social and health services
solution-sector-education = Education
solution-sector-technical = Technical services
solution-sector-administration = Administration and finance
solution-sector-culture = Culture and leisure
solution-sector-whole-organisation = Whole organisation
topic-wellbeing = Wellbeing at work
topic-leadership = Leadership
topic-collaboration = Collaboration
topic-digitalisation = Digitalisation
topic-work-arrangements = Work arrangements
topic-customer-service = Customer service
topic-competence = Competence
topic-change = Change
solution-state = State
solution-state-draft = Draft
solution-state-submitted = Waiting for moderation
solution-state-returned = Returned for changes
solution-state-approved = Published
solution-state-hidden = Hidden
solution-organisation = Organisation
solution-field-title = Title
solution-field-problem = What the problem was
solution-field-actions = What was done
solution-field-results = Results
solution-field-lessons = Lessons
solution-field-period = Period
solution-field-year = Year
solution-field-contact-name = Contact person
solution-field-contact-email = Contact person's e-mail
solution-field-consent = The contact person's name and address may be shown publicly
solution-hint-period = For example "autumn 2018".
solution-contact = Contact person
solution-other-language = Also in the other language
solution-edit = Edit the solution
solution-reason = Reason
solution-reason-hint = Returning and hiding need a reason; it is sent to the author.
solution-action-approve = Approve and publish
solution-action-return = Return for changes
solution-action-hide = Hide
solution-action-restore = Show again
solution-history = History
solution-history-created = Created
solution-history-edited = Edited
solution-history-submitted = Sent for moderation
solution-history-approve = Approved
solution-history-return = Returned for changes
solution-history-hide = Hidden
solution-history-restore = Shown again
solution-history-attached = Attachment added
solution-history-detached = Attachment removed
solution-related = On the same theme
solution-form-intro = Write the solution in Finnish, Swedish or both. The title, the problem and what was done are needed in at least one language. You can save a draft and send it later.
solution-texts-fi = In Finnish
solution-texts-sv = In Swedish
solution-choose = Choose
solution-no-campaign = No campaign
solution-closed-campaign = A campaign that has ended
solution-save-draft = Save draft
solution-submit = Send for moderation
solution-updated = Changed
solution-submitted = The solution has been sent for moderation.
solution-saved = The draft has been saved.
solution-reason-needed = Write a reason before returning or hiding.
solution-moderated = The solution's state has changed.
solution-not-applicable = That could not be done: the solution's state is already another.
solution-bulk-moderated = The chosen solutions' state has changed.
solution-campaign-created = The campaign has opened.
solutions-campaign-new = Open a challenge campaign
solutions-all-states = All states
solutions-all-campaigns = All campaigns
solutions-queue-empty = There are no solutions in the queue.
solutions-queue-count = In the queue: { $count }
solutions-choose = Choose
solutions-bulk-action = Action for the chosen
solutions-moderate-chosen = Do it for the chosen
solutions-no-campaigns = There are no campaigns.
solutions-campaign-open = Open
solutions-campaign-closed = The campaign has ended.
solutions-campaign-time = Time
solutions-campaign-submit = Take part with your solution
solutions-funnel = The campaign's progress
solutions-funnel-state = State
solutions-funnel-count = Solutions
solutions-campaign-brought = { $count ->
    [one] The solution the campaign brought
   *[other] The { $count } solutions the campaign brought
}
solutions-campaign-title = Campaign name
solutions-campaign-call = The challenge
solutions-campaign-prize = Prize (optional)
solutions-campaign-opens-date = Opens (date)
solutions-campaign-opens-time = Opens (time)
solutions-campaign-closes-date = Closes (date)
solutions-campaign-closes-time = Closes (time)
solutions-campaign-create = Open the campaign
error-solution-sector = Choose a sector.
error-solution-topic = Choose a theme.
error-solution-title = Write a title.
error-text-too-long = The text is too long.
error-solution-year = Write a year, for example 2018.
error-solution-campaign = Choose a campaign that is open.
error-solution-contact = Write the contact person's name if it may be shown.
error-solution-required = This is needed.
error-solution-one-language = Write the solution in at least one language.
error-solution-not-editable = The solution can no longer be edited: it is with the moderators.
error-solution-campaign-times = The campaign must close after it opens.
mail-solution-approve-subject = Your solution has been published: { $title }
mail-solution-approve-body =
    The progress arena's moderator approved your solution, and it is now public:
    { $link }
mail-solution-return-subject = Your solution was returned for changes: { $title }
mail-solution-return-body =
    The moderator returned your solution for changes. The reason:

    { $reason }

    You can edit the solution and send it again:
    { $link }
mail-solution-hide-subject = Your solution was hidden: { $title }
mail-solution-hide-body =
    The moderator hid your solution in the progress arena. The reason:

    { $reason }

    { $link }

solution-attachments = Attachments
solution-no-attachments = The solution has no attachments yet.
solution-attach-file = Attachment
solution-attach-hint = For example a model, a form or a presentation: a PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG file, at most { $size } MB. Attachments are public once the solution is approved.
solution-attach = Add the attachment
solution-attached = The attachment has been added.
solution-detach = Remove the attachment { $name }
solution-detached = The attachment has been removed.
