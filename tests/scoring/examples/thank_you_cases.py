# ruff: noqa: E501  (messages are data: real emails have long lines)
"""Labelled thank-you notes: the level we expect for the rules each case tests.

Dates are ISO strings; ``met_on``/``sent_on`` left out means unknown.
"""

CASES = [
    dict(
        id="model-note",
        met_on="2026-03-02",
        sent_on="2026-03-02",
        text="""Dear Ms. Green,

Thank you for taking the time to meet with me this afternoon. Your advice about joining the student chapter of the accounting association was especially helpful, and I signed up tonight. I also learned how much busy season shapes the whole year, which I had not understood before.

May I contact you again if more questions come up as I explore the field?

Best regards,
Dana Ruiz
dana.ruiz@example.edu""",
        expect={
            "sent-within-24h": "pass",
            "specific-takeaway": "pass",
            "asks-to-stay-in-touch": "pass",
            "includes-contact-info": "pass",
            "asks-for-job": "pass",
            "length": "pass",
        },
    ),
    dict(
        id="generic-and-late",
        met_on="2026-03-02",
        sent_on="2026-03-09",
        text="""Hi Tom,

Thanks for meeting with me last week. It was great to talk with you and I really appreciate your time. Have a great rest of your week!

Cheers,
Ali""",
        expect={
            "sent-within-24h": "fail",
            "specific-takeaway": "fail",
            "asks-to-stay-in-touch": "fail",
            "includes-contact-info": "fail",
            "asks-for-job": "pass",
            "length": "pass",
        },
    ),
    dict(
        id="asks-for-job-after",
        met_on="2026-04-10",
        sent_on="2026-04-11",
        text="""Dear Mr. Hale,

Thank you for meeting me yesterday. I learned a lot about audit work, especially how teams plan fieldwork. If any positions open up on your team, please keep me in mind. You can reach me at 555-201-3344.

Kind regards,
Kim Lee""",
        expect={
            "sent-within-24h": "pass",
            "specific-takeaway": "pass",
            "includes-contact-info": "pass",
            "asks-for-job": "fail",
            "length": "pass",
        },
    ),
    dict(
        id="not-asking-for-job",
        text="""Dear Dr. Alvarez,

Thank you again for our conversation on Tuesday. It was so helpful to hear how you balance clinic days with research. I'm not asking for a job, of course; I just wanted you to know that I'll be following your suggestion to volunteer at the hospital. I hope we can stay in touch.

Warmly,
Maya Chen
(555) 987-1234""",
        expect={
            "sent-within-24h": "warn",
            "specific-takeaway": "pass",
            "asks-to-stay-in-touch": "pass",
            "includes-contact-info": "pass",
            "asks-for-job": "pass",
            "length": "pass",
        },
    ),
    dict(
        id="too-short",
        met_on="2026-05-01",
        sent_on="2026-05-02",
        text="Thanks for your time today! Very helpful.",
        expect={
            "sent-within-24h": "pass",
            "specific-takeaway": "fail",
            "asks-to-stay-in-touch": "fail",
            "includes-contact-info": "fail",
            "length": "pass",
        },
    ),
    dict(
        id="quoted-detail",
        met_on="2026-06-03",
        sent_on="2026-06-03",
        text="""Hi Priya,

Thank you for the coffee this morning. I keep thinking about what you said: "learn the code, but learn the people first." I'll keep that in mind as I choose my courses next term, and I'd love to keep you posted on how it goes. My email is jo.kent@example.org if anything else comes to mind.

All the best,
Jo""",
        expect={
            "sent-within-24h": "pass",
            "specific-takeaway": "pass",
            "asks-to-stay-in-touch": "pass",
            "includes-contact-info": "pass",
            "length": "pass",
        },
    ),
]
