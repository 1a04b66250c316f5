# ruff: noqa: E501  (messages are data: real emails have long lines)
"""Labelled outreach messages: each case names the level we expect for the rules it tests.

Written for infoint's tests; every name, school and company here is made up. A rule not
listed in ``expect`` is not judged for that case. Keep cases unambiguous: if coaches
could reasonably disagree about a verdict, leave that rule out of ``expect``.
"""

CASES = [
    # ------------------------------------------------------------------ email: good
    dict(
        id="email-model",
        channel="email",
        text="""Dear Mrs. Green,

My professor, Mr. Wilson, suggested I contact you. I am a recent graduate of State University and I am interested in a career in accounting.

I am not asking for a job; I would simply love to hear how you got started and what your work is like. Would you have 15-20 minutes for a call or coffee next week?

Thank you for considering it,
Dana Ruiz""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "mentions-pay": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "attaches-resume": "pass",
            "placeholders": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-alumni-network",
        channel="email",
        text="""Hi Mr. Okafor,

I found you through the Lakeside College alumni network. I'm a third-year nursing student at Lakeside, and I'd love to learn about your path into pediatric nursing.

Could we talk for twenty minutes sometime in the next two weeks? I'm happy to work around your schedule.

Thanks so much,
Priya""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-gave-name",
        channel="email",
        text="""Hello Ms. Tan,

Sam Patel gave me your name when I told him I was curious about UX research. My name is Jordan Lee and I study psychology at Riverside University.

I would be grateful for a chance to ask you a few questions about your experience. Would you be open to a 15-minute video call next week?

Best,
Jordan""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-career-fair",
        channel="email",
        text="""Dear Dr. Alvarez,

We met at the Northfield career fair last Thursday, where you spoke about clinical research. I'm Maya Chen, a biology major, and I'd appreciate the chance to hear more about how you chose research over practice.

Would you have half an hour in the coming weeks to share your experience?

With thanks,
Maya""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-curly-quotes",
        channel="email",
        text="""Dear Mr. Brooks,

Professor Adeyemi referred me to you. I’m a final‑year marketing student at Eastgate University, and I’m not looking for a job – I’d just love to learn how you built your career in brand strategy.

Would you have 15–20 minutes for a short call next month?

Many thanks,
Lena""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-not-internship",
        channel="email",
        text="""Dear Ms. Ford,

My cousin, Ravi, recommended that I reach out to you. I am a sophomore studying mechanical engineering. To be clear, I am not asking for an internship; I'd like to learn what your day-to-day work looks like.

Could I have 20 minutes of your time for a quick phone call?

Thank you,
Omar""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-isnt-job-request",
        channel="email",
        text="""Hi Grace,

Our mutual friend Tomas mentioned you work in hospital administration. I'm a public health student, and this isn't a job request: I'm hoping to hear about your career path and any advice you have.

Would you be willing to chat for 15 minutes on Zoom?

Thanks!
Ben""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    # ------------------------------------------------------------------ email: problems
    dict(
        id="email-asks-for-job",
        channel="email",
        text="""Dear Mr. Hale,

I am a recent accounting graduate. Are you hiring? I would love to be considered for a position at your firm and I can start right away.

Please let me know.
Thanks,
Kim""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "fail",
            "connection-first": "pass",
            "asks-for-job": "fail",
            "time-request": "fail",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-negation-then-job",
        channel="email",
        text="""Dear Ms. Ito,

My advisor, Dr. Shah, suggested I write to you. I'm a graduate student in data science. I'm not asking for a job, but do you have any openings on your analytics team this summer?

Would you have 20 minutes to talk?

Thank you,
Alex""",
        expect={
            "states-connection": "pass",
            "asks-for-job": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-referral-for-position",
        channel="email",
        text="""Hi Jamal,

We both studied at Harbor University. I am a junior developer looking to move into security. Could you give me a referral for the open security analyst role on your team?

Thanks,
Chris""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "asks-for-job": "fail",
            "informational-purpose": "fail",
            "time-request": "fail",
            "polite": "pass",
        },
    ),
    dict(
        id="email-pay",
        channel="email",
        text="""Dear Mr. Cole,

Professor Diaz gave me your email. I'm a senior studying civil engineering and would love to learn about your work. I'm especially curious about the starting salary for new engineers.

Would you have 20 minutes for a call next week?

Thank you,
Noor""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "mentions-pay": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-an-hour",
        channel="email",
        text="""Dear Ms. Byrne,

My aunt, Claire, suggested I get in touch. I'm a recent graduate interested in environmental law and would love to hear about your career.

Could we meet for an hour over lunch sometime next week?

Thank you,
Ellis""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "time-request": "warn",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-45-minutes",
        channel="email",
        text="""Hello Dr. Singh,

Dr. Rao referred me to you. I am a pharmacy student and I would like to learn about your work in hospital pharmacy. Would you have 45 minutes to meet at your office?

Thanks,
Ana""",
        expect={
            "states-connection": "pass",
            "time-request": "warn",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-vague-coffee",
        channel="email",
        text="""Hi Leo,

I'm Jess, a communications student at Bayview College. Our professor, Dr. Kaur, mentioned you when I said I was curious about public relations. I'd love to hear about your experience. Could I buy you a coffee sometime?

Thanks a lot,
Jess""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "informational-purpose": "pass",
            "time-request": "warn",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-no-time-statement",
        channel="email",
        text="""Dear Ms. Park,

Jon Ellis suggested I contact you. I am a student at Hill University studying architecture and I would like to set up a meeting to learn about your career.

Sincerely,
Rosa""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "informational-purpose": "pass",
            "time-request": "warn",
            "asks-as-question": "fail",
            "polite": "pass",
        },
    ),
    dict(
        id="email-connection-late",
        channel="email",
        text="""Dear Mr. Adams,

I am a second-year economics student at Westbrook University. I have always been fascinated by how central banks make decisions. Last semester I wrote a paper on interest rates. My professor, Dr. Young, suggested I contact you because of your work at the regional bank.

Would you have 20 minutes to tell me about your career?

Thank you,
Mia""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "warn",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-placeholders",
        channel="email",
        text="""Dear [Name],

My professor suggested I contact you. I am a student at ____ and I'm interested in learning about your work at <company>.

Would you have 20 minutes for a call? Thank you!
Sam""",
        expect={
            "placeholders": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-curly-placeholder",
        channel="email",
        text="""Hi {first_name},

I'm Kai, a graduate of Pine State. Our alumni office gave me your name. I'd love to hear about your path into teaching. Would you have 15 minutes this week?

Thank you,
Kai""",
        expect={
            "placeholders": "fail",
            "states-connection": "pass",
            "time-request": "pass",
        },
    ),
    dict(
        id="email-xx-phone",
        channel="email",
        text="""Dear Ms. Lund,

I'm Theo, a student at Coastal University; Professor Grey recommended you. I'd love to learn how you started in nursing. Would you have 20 minutes? You can call me at XXX-XXX-XXXX.

Thank you,
Theo""",
        expect={"placeholders": "fail", "states-connection": "pass", "time-request": "pass"},
    ),
    dict(
        id="email-resume-attached",
        channel="email",
        text="""Dear Mr. Rossi,

My friend Dana suggested I write to you. I'm a recent graduate in finance and I'd value your advice on breaking into investment research. I have attached my resume for your reference.

Would you have 20 minutes for a call?

Thank you,
Luca""",
        expect={
            "states-connection": "pass",
            "informational-purpose": "pass",
            "attaches-resume": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-resume-offer-if-asked",
        channel="email",
        text="""Dear Ms. Webb,

Professor Lin suggested I reach out. I'm a senior studying statistics and I'd love to learn about your work as an actuary. I'm happy to share my resume if you'd like, but mostly I'd value your perspective.

Would you have 15 minutes for a call next week?

Thank you,
Ada""",
        expect={
            "states-connection": "pass",
            "attaches-resume": "fail",
            "asks-for-job": "pass",
            "time-request": "pass",
        },
    ),
    dict(
        id="email-too-long",
        channel="email",
        text="""Dear Dr. Moreno,

My name is Felix Grant and I am a fourth-year student at Summit University, majoring in biochemistry with a minor in computer science. Professor Ahmed, who taught my molecular biology seminar last spring, suggested I contact you because of your work in computational drug discovery. Over the past two years I have worked in a protein folding lab, where I learned to run simulations, clean data and write small analysis tools in Python. I have also volunteered at a community health clinic, which made me think hard about how research reaches patients. I am now trying to decide whether to pursue a PhD, join an industry research team after graduation, or spend a year working as a research technician first. I have read several of your papers and found your work on screening methods fascinating, although I confess that I did not follow all of the statistics. I would love to hear how you made similar decisions early in your career and what you would advise someone in my position to consider. Would you have 20 minutes for a video call in the next few weeks?

Thank you very much for your time,
Felix Grant""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "length": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-bit-long",
        channel="email",
        text="""Dear Ms. Novak,

My professor, Dr. Huang, suggested I contact you. I am a junior at Valley College studying economics, and I am exploring careers in urban planning. In my coursework I have enjoyed projects on housing and transport, and I recently joined a student group that maps bike lanes around campus. I have read about your work on the city's transit plan and found it inspiring. I would love to hear how you moved from economics into planning, what your days look like, and what you wish you had known as a student. Would you have 20 minutes for a call in the next couple of weeks?

Thank you,
Irene""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "length": "warn",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="email-no-intro-no-purpose",
        channel="email",
        text="""Hello,

Can we meet next week? Let me know a time that works.

Regards""",
        expect={
            "introduces-sender": "fail",
            "states-connection": "fail",
            "connection-first": "pass",
            "informational-purpose": "fail",
            "time-request": "warn",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="email-join-team",
        channel="email",
        text="""Dear Mr. Fox,

I saw your talk at the Data Summit. I'm a recent graduate in statistics and I would really like to join your team. Would you have 20 minutes to discuss your work and how I could become part of your group?

Thank you,
Rina""",
        expect={
            "states-connection": "warn",
            "asks-for-job": "fail",
            "time-request": "pass",
        },
    ),
    dict(
        id="email-internship-history",
        channel="email",
        text="""Dear Ms. Osei,

Professor Kim suggested I contact you. I am a senior in accounting, and I completed an internship in audit last summer. I would love to learn how you moved from audit into forensic accounting. Would you have 20 minutes for a phone call next week?

Thank you,
Tariq""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "asks-for-job": "pass",
            "informational-purpose": "pass",
            "time-request": "pass",
        },
    ),
    dict(
        id="email-keep-in-mind",
        channel="email",
        text="""Dear Mr. Quinn,

I'm Beth, a graduate of Ridge University; our alumni association gave me your details. I'd love to hear about your career in logistics. If any positions open up, please keep me in mind.

Would you have 15 minutes for a call?

Thanks,
Beth""",
        expect={"states-connection": "pass", "asks-for-job": "fail", "time-request": "pass"},
    ),
    # ------------------------------------------------------------------ letter
    dict(
        id="letter-good",
        channel="letter",
        text="""Dear Mr. Wallace,

Ms. Ortiz, my chemistry teacher, suggested that I write to you. I am a senior at Lincoln High School considering a career in pharmacy, and I would be grateful to hear about your work and the path that led you to it.

Would you be willing to meet for 20 minutes at your pharmacy some afternoon next month? I can be reached at the number below.

Sincerely,
Hana Ito""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="letter-enclosed-cv",
        channel="letter",
        text="""Dear Dr. Pérez,

My tutor, Dr. Brandt, recommended you as someone who knows the museum world well. I am a history graduate hoping to learn how curators build their careers. Please find enclosed my CV.

Would you have thirty minutes to meet in the coming weeks?

Yours sincerely,
Olivia Marsh""",
        expect={
            "states-connection": "pass",
            "attaches-resume": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="letter-vacancies",
        channel="letter",
        text="""Dear Sir or Madam,

I am a qualified bookkeeper writing to ask whether you have any vacancies at your practice. I would welcome the chance to meet.

Yours faithfully,
Paul Grant""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "fail",
            "asks-for-job": "fail",
            "informational-purpose": "fail",
            "time-request": "warn",
        },
    ),
    dict(
        id="letter-compensation",
        channel="letter",
        text="""Dear Ms. Ahn,

Mr. Lopez from the Greenfield career centre passed on your name. I am a recent graduate considering social work, and I would like to learn what the work is really like, including the compensation and benefits.

Would you have 15 minutes to speak with me?

Thank you,
Ivy""",
        expect={"states-connection": "pass", "mentions-pay": "fail", "time-request": "pass"},
    ),
    dict(
        id="letter-statement-request",
        channel="letter",
        text="""Dear Mr. Kaplan,

Professor Webb referred me to you. I am a junior studying journalism and would like to learn about your years as an editor. I would like to request a 20-minute meeting at your convenience.

Thank you for your time,
Nadia""",
        expect={
            "states-connection": "pass",
            "time-request": "pass",
            "asks-as-question": "fail",
            "polite": "pass",
        },
    ),
    # ------------------------------------------------------------------ phone
    dict(
        id="phone-model",
        channel="phone",
        text="""Hello, Mrs. Green, I am a recent graduate of State University, and I am interested in a career in accounting. My professor, Mr. Wilson, referred me to you. I'm not calling about a job; I'd love to hear about your career. Would you have 15 minutes sometime this week? Thank you.""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="phone-this-is",
        channel="phone",
        text="""Hi Mr. Duarte, this is Leila Haddad. Your colleague Ana Ruiz suggested I call you. I'm studying to become a physical therapist and I'd love to learn how you built your practice. Do you have ten minutes now, or is there a better time for a 15-minute call? Thanks so much.""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="phone-rambling",
        channel="phone",
        text="""Hello, my name is Marcus Webb and I'm a senior at Eastfield University studying computer science, and I've been really interested in cybersecurity for a long time, ever since I took a networking class in my second year and then joined the security club where we did capture the flag competitions every month. I found your name through the Eastfield alumni network and saw that you lead a security team at a bank, which is exactly the kind of work I keep reading about. I was hoping to ask you some questions about how you got started, what your day looks like, what certifications matter, and what advice you would give to someone like me who is about to graduate and is trying to figure out the best first step into the field. I know your time is valuable, so I promise to keep it short and focused on the few questions that matter most to me right now. Would you have twenty minutes sometime in the next couple of weeks? I really appreciate it.""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "length": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="phone-hiring",
        channel="phone",
        text="""Hi, my name is Dev Patel. I saw your firm online. Are you hiring any junior designers right now? I'd like to drop off my portfolio.""",
        expect={
            "introduces-sender": "pass",
            "asks-for-job": "fail",
            "informational-purpose": "fail",
            "time-request": "fail",
            "length": "pass",
            "polite": "fail",
        },
    ),
    dict(
        id="phone-borderline-length",
        channel="phone",
        text="""Good morning, Ms. Hart. My name is Zoe Lambert, and Professor Okoye from Midland University suggested I call you. I'm a third-year student in environmental science, and I'm trying to understand what a career in water management really involves from day to day. I have read a little about the regional water board and the work of utilities, but it is hard to picture the real job from the outside. I'm not looking for a job; I would simply value your perspective and any advice on how you got started, and on the courses that helped you most. Would you have about twenty minutes in the next week or two for a short conversation, in person or on the phone? Thank you so much.""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "length": "warn",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="phone-hour-no-question",
        channel="phone",
        text="""Hello, I'm Ruth, a nursing student. I want to set up an hour-long meeting to talk about your job. Call me back.""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "fail",
            "time-request": "warn",
            "asks-as-question": "fail",
            "polite": "fail",
        },
    ),
    # ------------------------------------------------------------------ linkedin
    dict(
        id="linkedin-good",
        channel="linkedin",
        text="""Hi Aisha, we met at the Women in Tech meetup last week. I'm a CS student at Ridge University and would love to hear about your path into product management. Would you have 15 minutes for a quick call? Thank you!""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="linkedin-fellow-alum",
        channel="linkedin",
        text="""Hello Mr. Green, as a fellow Lakeside alum I'd value your advice. I'm a recent grad exploring supply chain careers. Could we chat for 20 minutes next week? Thanks!""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "length": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="linkedin-too-long",
        channel="linkedin",
        text="""Hi Daniel, I found your profile through the Kingsway University alumni group on LinkedIn. I'm a final-year student in mechanical engineering and I'm very interested in renewable energy, especially offshore wind. I've followed your posts about turbine maintenance and would love to learn how you got into the field and what your typical week looks like. Would you be open to a 20-minute call sometime next month? Thank you so much for considering it!""",
        expect={
            "states-connection": "pass",
            "length": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="linkedin-near-limit",
        channel="linkedin",
        text="""Hi Rosa, Professor Ng suggested I reach out. I'm a public health student at Bay University and I'd love to hear how you moved from epidemiology into health policy. Would you have 15-20 minutes for a call next week? I know you're busy, so thank you for considering it.""",
        expect={
            "states-connection": "pass",
            "connection-first": "pass",
            "length": "warn",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="linkedin-job-opportunities",
        channel="linkedin",
        text="""Hi Tom, I'm a marketing graduate looking for job opportunities in Chicago. Do you know of any open roles at your company? Thanks!""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "fail",
            "asks-for-job": "fail",
            "informational-purpose": "fail",
            "polite": "pass",
        },
    ),
    dict(
        id="linkedin-mentions-pay-negated",
        channel="linkedin",
        text="""Hi Sofia, our mutual connection Lee Wong thought we should talk. I'm a junior studying accounting and would love to learn about your work in tax. Would you have 15 minutes for a call? Thank you!""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "mentions-pay": "pass",
            "asks-for-job": "pass",
            "time-request": "pass",
            "length": "pass",
        },
    ),
    dict(
        id="linkedin-brief-chat",
        channel="linkedin",
        text="""Hi Ken, I read your article on hospital data in Health Weekly. I'm a nursing informatics student and would love to learn from your experience. Any chance of a brief chat sometime?""",
        expect={
            "states-connection": "warn",
            "informational-purpose": "pass",
            "time-request": "warn",
            "asks-as-question": "pass",
            "polite": "fail",
        },
    ),
    dict(
        id="linkedin-hiring-process-ok",
        channel="linkedin",
        text="""Hi Maria, Professor Osei recommended you. I'm a senior in HR studies and I'd love to hear what the hiring process looks like from your side and how you started in recruiting. Could we talk for 15 minutes? Thanks!""",
        expect={
            "states-connection": "pass",
            "asks-for-job": "pass",
            "informational-purpose": "pass",
            "time-request": "pass",
        },
    ),
    # ------------------------------------------------------------------ more styles
    dict(
        id="email-name-here",
        channel="email",
        text="""Hi Ms. Lopez - Dana Kim here; Professor Wu suggested I reach out. I'm weighing a move from teaching into instructional design and would appreciate any advice you can offer. Could we talk for 20 minutes next week?

Thanks,
Dana""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "connection-first": "pass",
            "informational-purpose": "pass",
            "time-request": "pass",
            "asks-as-question": "pass",
            "polite": "pass",
        },
    ),
    dict(
        id="linkedin-well-paid",
        channel="linkedin",
        text="""Hi Omar, I'm a finance student at Delta University; we met at the CFA society mixer. I've heard quant roles are well paid and I'd love to hear about your path. Would you have 15 minutes? Thanks!""",
        expect={
            "introduces-sender": "pass",
            "states-connection": "pass",
            "mentions-pay": "fail",
            "time-request": "pass",
            "length": "pass",
        },
    ),
    dict(
        id="email-resume-below",
        channel="email",
        text="""Dear Mr. Tran,

Your former colleague Amy Cho suggested I contact you. I'm a recent graduate in graphic design and I'd love to learn how you built your studio. My resume is below so you can see my background.

Would you have 15 minutes for a call next week?

Thank you,
Lin""",
        expect={
            "states-connection": "pass",
            "attaches-resume": "fail",
            "time-request": "pass",
            "asks-as-question": "pass",
        },
    ),
    dict(
        id="letter-lastname-placeholder",
        channel="letter",
        text="""Dear Mr. LASTNAME,

I am a senior at Oak University, and Professor Hill suggested I write to you. I would love to learn about your work in city government. Would you have 20 minutes to meet in the coming weeks?

Thank you,
Grace Moyo""",
        expect={
            "placeholders": "fail",
            "introduces-sender": "pass",
            "states-connection": "pass",
            "time-request": "pass",
        },
    ),
]
