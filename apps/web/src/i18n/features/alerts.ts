/**
 * Alert texts, in the reader's language. The server writes every alert in English
 * (apps/api/src/alerts/*.ts, packages/core/src/adaptive/*.ts); each English entry
 * here is that exact text, so `alertText` can recognise it and show the translation.
 * `{placeholders}` stand for the numbers and dates the server puts in; a change on
 * the server simply makes the web fall back to the server's English.
 */
export const alertsEn = {
  // Red flags and suicide screens (core responseAlerts): kinds red-flag, asq-acute-positive, asq-positive, phq9-item9.
  'alert.triage.title.emergency': 'Emergency: {reason}',
  'alert.triage.title.urgent': 'Urgent: {reason}',
  'alert.triage.action.emergency':
    'Contact the patient now. If you cannot reach them, or they are in danger, call the emergency services for their area. The patient has been shown the emergency number and crisis lines.',
  'alert.triage.action.urgent':
    'Contact the patient today. Suicidal thoughts: a safety assessment today. Opioids or alcohol: check for over-sedation. Severe withdrawal: consider pausing the taper.',
  'alert.triage.reason': '{label}: {why}',
  'alert.reason.asq-acute-positive': 'Suicide screen: thoughts of suicide right now',
  'alert.reason.asq-positive': 'Suicide screen positive',
  'alert.reason.phq9-item9': 'PHQ-9: thoughts of being better off dead or of self-harm',
  'alert.why.seizure': 'Withdrawal seizures can be life-threatening.',
  'alert.why.confusion': 'Confusion can be a sign of severe withdrawal or over-sedation.',
  'alert.why.hallucinations': 'Hallucinations are a sign of complicated withdrawal.',
  'alert.why.breathing': 'Slowed breathing can be fatal, especially with opioids or alcohol.',
  'alert.why.cannot-stay-awake': 'Deep sedation can stop breathing.',
  'alert.why.suicidal-now': 'Immediate risk to life: do not stay alone.',
  'alert.why.severe-agitation': 'Severe autonomic symptoms are a sign of severe or complicated withdrawal.',
  'alert.why.suicidal-thoughts': 'Needs a safety check with a professional today, and crisis support now.',
  'alert.why.took-much-more': 'Risk of over-sedation over the next hours; get advice now.',
  'alert.why.opioids-or-alcohol': 'Together they can slow or stop breathing.',
  'alert.why.pregnancy': 'The safest plan changes in pregnancy; never stop suddenly — talk to the prescriber soon.',
  'alert.why.fall-or-head-injury': 'Sedatives raise the risk of falls; a head injury needs checking.',

  // Severe withdrawal score (core responseAlerts).
  'alert.severe-withdrawal.title': 'Severe withdrawal score ({value})',
  'alert.severe-withdrawal.body.check-in': 'Daily withdrawal rating {value}, at or above {from}.',
  'alert.severe-withdrawal.body.ciwa-b': 'CIWA-B total {value}, at or above {from}.',
  'alert.severe-withdrawal.action':
    'Contact the patient today: ask about red-flag signs, and consider pausing at the current step or returning to the previous one. Never stop suddenly.',

  // Extra doses: logged (core doseLogAlerts) or reported in a check-in (core responseAlerts).
  'alert.extra-dose.title.logged': 'An extra dose was logged',
  'alert.extra-dose.body.logged': 'The patient logged an extra dose on {date}.',
  'alert.extra-dose.title.reported': 'Extra doses reported ({count})',
  'alert.extra-dose.body.reported.one': "The patient reported {count} extra dose in today's check-in.",
  'alert.extra-dose.body.reported.other': "The patient reported {count} extra doses in today's check-in.",
  'alert.extra-dose.action':
    'Ask how the patient is coping: extra doses often mean withdrawal is hard to bear and the pace may need review.',

  // Missed doses (core doseLogAlerts).
  'alert.missed-doses.title': '{count} missed doses in {days} days',
  'alert.missed-doses.body':
    'The patient logged {count} missed doses between {date} and the {daysBefore} days before. Several missed doses act like a fast, unplanned cut.',
  'alert.missed-doses.action':
    'Contact the patient today: ask why doses were missed and about withdrawal signs. Advise against making up several doses at once, and against stopping suddenly.',

  // A suggestion waits for the prescriber (apps/api/src/alerts/after-response.ts announceSuggestion).
  'alert.adjustment-suggested.title.hold': 'Suggested: pause (hold) the taper',
  'alert.adjustment-suggested.title.slow': 'Suggested: slow the taper',
  // The suggestion rule's reason (core suggestAdjustment), one text per instrument.
  'alert.adjustment-suggested.body.severe.check-in':
    'Severe withdrawal: daily withdrawal rating {value} (severe from {from}). Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
  'alert.adjustment-suggested.body.severe.ciwa-b':
    'Severe withdrawal: CIWA-B total {value} (severe from {from}). Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
  'alert.adjustment-suggested.body.severeRising.check-in':
    'Severe withdrawal: daily withdrawal rating {value} (severe from {from}), and {count} readings in a row at least {rise} above the baseline {baseline}. Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
  'alert.adjustment-suggested.body.severeRising.ciwa-b':
    'Severe withdrawal: CIWA-B total {value} (severe from {from}), and {count} readings in a row at least {rise} above the baseline {baseline}. Consider pausing at the current step, or returning to the previous step, until symptoms settle.',
  'alert.adjustment-suggested.body.rise.check-in':
    "Sustained rise: the last {count} daily withdrawal ratings ({values}) are each at least {rise} above this patient's baseline of {baseline} (median of the previous {days} days). Consider slowing the taper: smaller cuts or longer steps.",
  'alert.adjustment-suggested.body.rise.bwsq':
    "Sustained rise: the last {count} BWSQ totals ({values}) are each at least {rise} above this patient's baseline of {baseline} (median of the previous {days} days). Consider slowing the taper: smaller cuts or longer steps.",
  'alert.adjustment-suggested.body.rise.ciwa-b':
    "Sustained rise: the last {count} CIWA-B totals ({values}) are each at least {rise} above this patient's baseline of {baseline} (median of the previous {days} days). Consider slowing the taper: smaller cuts or longer steps.",
  'alert.patient-asked-for-pause.title.hold': 'The patient asked to pause (hold) the taper',
  'alert.patient-asked-for-pause.title.slow': 'The patient asked to slow the taper',
  'alert.suggestion.action':
    'Review the suggestion and approve, edit or reject it. Nothing changes in the plan until a prescriber decides; the patient keeps to the current dose meanwhile.',
} as const;

export const alertsEs: Readonly<Record<keyof typeof alertsEn, string>> = {
  'alert.triage.title.emergency': 'Emergencia: {reason}',
  'alert.triage.title.urgent': 'Urgente: {reason}',
  'alert.triage.action.emergency':
    'Contacte ahora con el paciente. Si no consigue localizarlo, o está en peligro, llame a los servicios de emergencia de su zona. Al paciente se le han mostrado el número de emergencias y las líneas de crisis.',
  'alert.triage.action.urgent':
    'Contacte hoy con el paciente. Pensamientos suicidas: una evaluación de seguridad hoy. Opioides o alcohol: compruebe si hay sedación excesiva. Abstinencia grave: considere pausar la reducción.',
  'alert.triage.reason': '{label}: {why}',
  'alert.reason.asq-acute-positive': 'Cribado de suicidio: pensamientos de suicidio ahora mismo',
  'alert.reason.asq-positive': 'Cribado de suicidio positivo',
  'alert.reason.phq9-item9': 'PHQ-9: pensamientos de que estaría mejor muerto o de hacerse daño',
  'alert.why.seizure': 'Las convulsiones por abstinencia pueden poner en peligro la vida.',
  'alert.why.confusion': 'La confusión puede ser un signo de abstinencia grave o de sedación excesiva.',
  'alert.why.hallucinations': 'Las alucinaciones son un signo de abstinencia complicada.',
  'alert.why.breathing': 'Una respiración lenta puede ser mortal, sobre todo con opioides o alcohol.',
  'alert.why.cannot-stay-awake': 'Una sedación profunda puede detener la respiración.',
  'alert.why.suicidal-now': 'Riesgo inmediato para la vida: no se quede solo.',
  'alert.why.severe-agitation': 'Los síntomas autonómicos intensos son un signo de abstinencia grave o complicada.',
  'alert.why.suicidal-thoughts': 'Necesita hoy una valoración de seguridad con un profesional, y apoyo en crisis ahora.',
  'alert.why.took-much-more': 'Riesgo de sedación excesiva en las próximas horas; pida consejo ahora.',
  'alert.why.opioids-or-alcohol': 'Juntos pueden hacer más lenta o detener la respiración.',
  'alert.why.pregnancy':
    'En el embarazo cambia cuál es el plan más seguro; nunca lo deje de golpe: hable pronto con quien le receta.',
  'alert.why.fall-or-head-injury': 'Los sedantes aumentan el riesgo de caídas; un golpe en la cabeza debe revisarse.',

  'alert.severe-withdrawal.title': 'Puntuación de abstinencia grave ({value})',
  'alert.severe-withdrawal.body.check-in': 'Valoración diaria de la abstinencia {value}, igual o superior a {from}.',
  'alert.severe-withdrawal.body.ciwa-b': 'Total CIWA-B {value}, igual o superior a {from}.',
  'alert.severe-withdrawal.action':
    'Contacte hoy con el paciente: pregunte por señales de alarma y considere hacer una pausa en el paso actual o volver al anterior. Nunca suspenderlo de golpe.',

  'alert.extra-dose.title.logged': 'Se registró una dosis adicional',
  'alert.extra-dose.body.logged': 'El paciente registró una dosis adicional el {date}.',
  'alert.extra-dose.title.reported': 'Dosis adicionales comunicadas ({count})',
  'alert.extra-dose.body.reported.one': 'El paciente comunicó {count} dosis adicional en el registro de hoy.',
  'alert.extra-dose.body.reported.other': 'El paciente comunicó {count} dosis adicionales en el registro de hoy.',
  'alert.extra-dose.action':
    'Pregunte cómo lo está llevando el paciente: las dosis adicionales suelen indicar que la abstinencia se hace difícil de soportar y que quizá haya que revisar el ritmo.',

  'alert.missed-doses.title': '{count} dosis no tomadas en {days} días',
  'alert.missed-doses.body':
    'El paciente registró {count} dosis no tomadas entre el {date} y los {daysBefore} días anteriores. Varias dosis no tomadas actúan como una reducción rápida y no planificada.',
  'alert.missed-doses.action':
    'Contacte hoy con el paciente: pregunte por qué no tomó las dosis y por señales de abstinencia. Desaconseje tomar varias dosis juntas para recuperarlas, y también dejarlo de golpe.',

  'alert.adjustment-suggested.title.hold': 'Sugerencia: pausar (mantener) la reducción',
  'alert.adjustment-suggested.title.slow': 'Sugerencia: reducir más despacio',
  'alert.adjustment-suggested.body.severe.check-in':
    'Abstinencia grave: valoración diaria de la abstinencia {value} (grave a partir de {from}). Considere hacer una pausa en el paso actual, o volver al paso anterior, hasta que los síntomas se calmen.',
  'alert.adjustment-suggested.body.severe.ciwa-b':
    'Abstinencia grave: total CIWA-B {value} (grave a partir de {from}). Considere hacer una pausa en el paso actual, o volver al paso anterior, hasta que los síntomas se calmen.',
  'alert.adjustment-suggested.body.severeRising.check-in':
    'Abstinencia grave: valoración diaria de la abstinencia {value} (grave a partir de {from}), y {count} lecturas seguidas al menos {rise} por encima de la línea de base {baseline}. Considere hacer una pausa en el paso actual, o volver al paso anterior, hasta que los síntomas se calmen.',
  'alert.adjustment-suggested.body.severeRising.ciwa-b':
    'Abstinencia grave: total CIWA-B {value} (grave a partir de {from}), y {count} lecturas seguidas al menos {rise} por encima de la línea de base {baseline}. Considere hacer una pausa en el paso actual, o volver al paso anterior, hasta que los síntomas se calmen.',
  'alert.adjustment-suggested.body.rise.check-in':
    'Aumento sostenido: las últimas {count} valoraciones diarias de la abstinencia ({values}) están cada una al menos {rise} por encima de la línea de base de este paciente, {baseline} (mediana de los {days} días anteriores). Considere reducir más despacio: recortes más pequeños o pasos más largos.',
  'alert.adjustment-suggested.body.rise.bwsq':
    'Aumento sostenido: los últimos {count} totales BWSQ ({values}) están cada uno al menos {rise} por encima de la línea de base de este paciente, {baseline} (mediana de los {days} días anteriores). Considere reducir más despacio: recortes más pequeños o pasos más largos.',
  'alert.adjustment-suggested.body.rise.ciwa-b':
    'Aumento sostenido: los últimos {count} totales CIWA-B ({values}) están cada uno al menos {rise} por encima de la línea de base de este paciente, {baseline} (mediana de los {days} días anteriores). Considere reducir más despacio: recortes más pequeños o pasos más largos.',
  'alert.patient-asked-for-pause.title.hold': 'El paciente pidió pausar (mantener) la reducción',
  'alert.patient-asked-for-pause.title.slow': 'El paciente pidió reducir más despacio',
  'alert.suggestion.action':
    'Revise la sugerencia y apruébela, modifíquela o recházela. Nada cambia en el plan hasta que decida quien prescribe; mientras tanto, el paciente sigue con la dosis actual.',
};
