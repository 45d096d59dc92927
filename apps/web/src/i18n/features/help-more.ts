/**
 * Messages for the Help screen's further sections: levels of care, asking a
 * clinic for help, and how to find treatment. English is the reference;
 * Spanish must have the same keys.
 */
export const helpMoreEn = {
  // Levels of care
  'helpMore.levels.heading': 'Levels of care, explained',
  'helpMore.levels.intro':
    'Most people taper at home with their prescriber. More support is for specific risks. These are the usual levels, from the least to the most intensive.',
  'helpMore.level.outpatient.title': 'Outpatient taper with the prescriber',
  'helpMore.level.outpatient.what':
    'You taper at home, slowly, with a plan made and reviewed with your prescriber. This is how most people taper safely.',
  'helpMore.level.outpatient.when': 'Usually enough, unless one of the risks listed for the other levels applies.',
  'helpMore.level.intensive-outpatient.title': 'Intensive outpatient programme',
  'helpMore.level.intensive-outpatient.what':
    'You live at home and take part in treatment and support for at least {hours} hours a week (counselling, groups, medical checks) alongside the taper.',
  'helpMore.level.intensive-outpatient.when':
    'May help when there is a use disorder beyond physical dependence, or little support at home and earlier tapers that did not work.',
  'helpMore.level.partial-hospitalisation.title': 'Partial hospitalisation (day programme)',
  'helpMore.level.partial-hospitalisation.what': 'Treatment most days, at least {hours} hours a week, going home at night.',
  'helpMore.level.partial-hospitalisation.when':
    'May help with a moderate or severe use disorder together with little support at home or earlier tapers that did not work.',
  'helpMore.level.inpatient-medically-managed.title': 'Medically managed withdrawal (inpatient or residential)',
  'helpMore.level.inpatient-medically-managed.what':
    'Withdrawal in a hospital or residential unit with medical and nursing care around the clock: regular checks, withdrawal assessments and seizure precautions.',
  'helpMore.level.inpatient-medically-managed.when':
    'For specific risks: past withdrawal seizures or delirium, a seizure disorder, dependence on alcohol or other drugs too, opioids or other sedatives prescribed as well, more than {mg} mg diazepam-equivalent a day, injecting, or a condition that makes tapering at home unsafe. An exception, not the default.',
  'helpMore.level.whenLabel': 'Usually needed:',
  'helpMore.level.lowConfidence':
    'Low confidence: when to suggest this level is Stepdown’s own reading of the guidelines, not a rule from them.',

  'helpMore.fit.heading': 'Which level might fit?',
  'helpMore.fit.intro':
    'Answer what you know; everything is optional. Nothing is sent anywhere. The answer is something to discuss with a clinician, never a decision.',
  'helpMore.fit.dose': 'Daily dose in diazepam equivalent, in mg (optional)',
  'helpMore.fit.doseHint':
    'For example 20. Your prescriber or the plan builder can convert your medicine. Leave empty if you do not know.',
  'helpMore.fit.doseError': 'Enter a number of milligrams, for example 20, or leave it empty.',
  'helpMore.fit.history': 'Does any of this apply? Tick all that do.',
  'helpMore.fit.useDisorder': 'Has a clinician said you have a benzodiazepine use disorder?',
  'helpMore.fit.useDisorder.unknown': 'Not assessed, or I do not know',
  'helpMore.fit.useDisorder.none': 'No',
  'helpMore.fit.useDisorder.mild': 'Yes, mild',
  'helpMore.fit.useDisorder.moderate': 'Yes, moderate',
  'helpMore.fit.useDisorder.severe': 'Yes, severe',
  'helpMore.fit.support': 'Is there someone at home who can support you during the taper?',
  'helpMore.fit.support.yes': 'Yes',
  'helpMore.fit.support.no': 'No, or very little',
  'helpMore.fit.support.unsure': 'Not sure',
  'helpMore.fit.pregnant': 'I am pregnant or might be',
  'helpMore.fit.submit': 'Show what might fit',
  'helpMore.history.withdrawal-seizures': 'I have had a fit (seizure) while coming off a benzodiazepine or alcohol',
  'helpMore.history.withdrawal-delirium': 'I have had delirium (severe confusion) during withdrawal',
  'helpMore.history.seizure-disorder': 'I have epilepsy or another seizure disorder, or have had seizures',
  'helpMore.history.other-substance-dependence': 'I also depend on alcohol or other drugs',
  'helpMore.history.co-prescribed-opioids': 'I am also prescribed opioids (strong painkillers)',
  'helpMore.history.co-prescribed-sedatives': 'I am also prescribed other sedatives or sleeping pills',
  'helpMore.history.unstable-medical-illness': 'I have a medical condition that is not under control',
  'helpMore.history.unstable-psychiatric-illness': 'I have a mental-health condition that is not under control',
  'helpMore.history.imminent-risk': 'My use puts me at serious risk now (overdose, falls, self-harm)',
  'helpMore.history.severe-withdrawal-now': 'I have severe withdrawal now',
  'helpMore.history.failed-outpatient-tapers': 'Earlier tapers at home did not work',
  'helpMore.history.injecting': 'I inject benzodiazepines',

  'helpMore.result.heading': 'A level that may fit: {title}',
  'helpMore.result.notDecision':
    'This is a suggestion to talk over with your prescriber or a clinician, not a decision. Keep taking your medicine as prescribed and never stop suddenly.',
  'helpMore.result.why': 'Why',
  'helpMore.result.noCriteria':
    'Nothing you answered points above an outpatient taper: most people taper safely at home with their prescriber.',
  'helpMore.result.sourceLabel': 'Source:',
  'helpMore.result.lowConfidenceMark': '(low confidence)',
  'helpMore.result.alongside': 'Whatever the level',
  'helpMore.result.notes': 'Also',
  'helpMore.result.dangerNow': 'If danger signs are happening now, call {number} now.',
  'helpMore.criterion.high-dose': 'More than {mg} mg diazepam-equivalent a day',
  'helpMore.criterion.use-disorder': 'A use disorder, beyond physical dependence',
  'helpMore.criterion.use-disorder-without-support':
    'A moderate or severe use disorder with little support at home or earlier tapers that did not work',
  'helpMore.criterion.no-support-and-failed-tapers': 'Little support at home and earlier tapers that did not work',
  'helpMore.criterion.withdrawal-seizures': 'A history of withdrawal seizures',
  'helpMore.criterion.withdrawal-delirium': 'A history of withdrawal delirium',
  'helpMore.criterion.seizure-disorder': 'A seizure disorder or a history of seizures',
  'helpMore.criterion.other-substance-dependence': 'Dependence on alcohol or other drugs as well',
  'helpMore.criterion.co-prescribed-opioids': 'Opioids prescribed as well (medically supervised withdrawal to consider)',
  'helpMore.criterion.co-prescribed-sedatives':
    'Other sedatives prescribed as well (medically supervised withdrawal to consider)',
  'helpMore.criterion.unstable-medical-illness': 'A medical condition that would make tapering at home unsafe',
  'helpMore.criterion.unstable-psychiatric-illness': 'A mental-health condition that would make tapering at home unsafe',
  'helpMore.criterion.imminent-risk': 'Serious risk of harm from continued use (overdose, falls, self-harm)',
  'helpMore.criterion.severe-withdrawal-now': 'Severe or complicated withdrawal now or expected',
  'helpMore.criterion.injecting': 'Injecting benzodiazepines',
  'helpMore.addOn.cbt': 'Psychological support alongside the taper: CBT, or CBT for insomnia (CBT-I) when sleep is the problem.',
  'helpMore.addOn.cbt-evidence': 'CBT with a taper helps more people stop than a taper alone, at least in the short term.',
  'helpMore.note.pregnancy': 'Pregnancy: plan with the prescriber and the maternity team; never stop suddenly.',
  'helpMore.note.noSupport': 'Little support at home: ask the care team for more frequent check-ins.',

  // Ask a clinic
  'helpMore.ask.heading': 'Ask a clinic for help',
  'helpMore.ask.intro':
    'No account needed. Send a short request and someone from the clinic will contact you. It is not an emergency service: in danger, call {number}.',
  'helpMore.ask.open': 'Write to a clinic',
  'helpMore.ask.loading': 'Loading clinics…',
  'helpMore.ask.loadError': 'The list of clinics could not be loaded. You can try again, or see how to find treatment below.',
  'helpMore.ask.retry': 'Try again',
  'helpMore.ask.none':
    'No clinic takes requests through Stepdown yet. See how to find treatment below, or ask your prescriber or family doctor.',
  'helpMore.ask.clinic': 'Clinic',
  'helpMore.ask.chooseClinic': 'Choose a clinic',
  'helpMore.ask.name': 'Your name',
  'helpMore.ask.method': 'How should they contact you?',
  'helpMore.ask.method.phone': 'Phone call',
  'helpMore.ask.method.text': 'Text message',
  'helpMore.ask.method.email': 'Email',
  'helpMore.ask.value.phone': 'Your phone number',
  'helpMore.ask.value.text': 'Your mobile number for texts',
  'helpMore.ask.value.email': 'Your email address',
  'helpMore.ask.message': 'Your message (optional)',
  'helpMore.ask.messageHint': 'For example: the medicine, the dose, how long you have taken it, and what help you want.',
  'helpMore.ask.flags': 'Is any of this happening now?',
  'helpMore.ask.region': 'Region: {region}. Change it with “Where are you?” at the top.',
  'helpMore.ask.honeypot': 'Leave this empty',
  'helpMore.ask.submit': 'Send my request',
  'helpMore.ask.sending': 'Sending…',
  'helpMore.ask.error.contactName': 'Please enter your name.',
  'helpMore.ask.error.contactMethod': 'Please choose how they should contact you.',
  'helpMore.ask.error.contactValue': 'Please enter a phone number or email address they can reach you at.',
  'helpMore.ask.error.message': 'The message is too long. Please shorten it.',
  'helpMore.ask.error.clinicId': 'Please choose a clinic.',
  'helpMore.ask.error.CLINIC_NOT_FOUND':
    'This clinic no longer takes requests. Choose another one, or see how to find treatment below.',
  'helpMore.ask.error.RATE_LIMITED':
    'Too many requests were sent from here. Please wait 10 minutes and try again. If it cannot wait, call {number} or a service below.',
  'helpMore.ask.error.NETWORK': 'Not sent: the server could not be reached. What you typed is kept here; please try again.',
  'helpMore.ask.error.other': 'Not sent: {detail} What you typed is kept here; please try again.',
  'helpMore.ask.error.fields': 'Not sent yet: please check the fields marked below.',
  'helpMore.ask.sent': 'Your request was sent to {clinic}',
  'helpMore.ask.sentBody': 'Someone from the clinic will contact you the way you asked. Keep taking your medicine as prescribed.',
  'helpMore.ask.now': 'Because of what you ticked, do this now',
  'helpMore.ask.another': 'Write another request',

  // Find treatment
  'helpMore.find.heading': 'How to find treatment',
  'helpMore.find.intro':
    'A prescriber or a treatment service can help you taper safely. These are free, public ways to find one in {region}.',
  'helpMore.find.open': 'Open {site}',
  'helpMore.find.checked': 'Checked {date}. Source: {source}',
  'helpMore.find.prescriber':
    'Start with the prescriber or your family doctor (GP): they can plan a slow taper with you or refer you to a service.',
  'helpMore.find.uk':
    'In the UK: your GP, or your local drug and alcohol service (your GP can tell you which one). For urgent advice use NHS 111.',
  'helpMore.find.nothing':
    'Stepdown does not list a treatment finder for this region yet. Ask the prescriber or your family doctor where to go.',
  'helpMore.find.beware':
    'Be careful with “helplines” found through search ads: some are paid referral lines that send callers to whoever pays. Stepdown lists only public and non-profit services.',
} as const;

export const helpMoreEs: Readonly<Record<keyof typeof helpMoreEn, string>> = {
  'helpMore.levels.heading': 'Los niveles de atención, explicados',
  'helpMore.levels.intro':
    'La mayoría de las personas reducen la dosis en casa con quien les receta. Más apoyo es para riesgos concretos. Estos son los niveles habituales, del menos al más intensivo.',
  'helpMore.level.outpatient.title': 'Reducción ambulatoria con quien le receta',
  'helpMore.level.outpatient.what':
    'Usted reduce la dosis en casa, despacio, con un plan hecho y revisado con quien le receta. Así es como la mayoría lo hace de forma segura.',
  'helpMore.level.outpatient.when': 'Suele bastar, salvo que se dé uno de los riesgos de los otros niveles.',
  'helpMore.level.intensive-outpatient.title': 'Programa ambulatorio intensivo',
  'helpMore.level.intensive-outpatient.what':
    'Usted vive en casa y recibe tratamiento y apoyo al menos {hours} horas a la semana (terapia, grupos, controles médicos) mientras reduce la dosis.',
  'helpMore.level.intensive-outpatient.when':
    'Puede ayudar cuando hay un trastorno por consumo, más allá de la dependencia física, o poco apoyo en casa e intentos anteriores que no funcionaron.',
  'helpMore.level.partial-hospitalisation.title': 'Hospitalización parcial (hospital de día)',
  'helpMore.level.partial-hospitalisation.what':
    'Tratamiento casi todos los días, al menos {hours} horas a la semana, y vuelta a casa por la noche.',
  'helpMore.level.partial-hospitalisation.when':
    'Puede ayudar con un trastorno por consumo moderado o grave junto con poco apoyo en casa o intentos anteriores que no funcionaron.',
  'helpMore.level.inpatient-medically-managed.title': 'Abstinencia con supervisión médica (ingreso hospitalario o residencial)',
  'helpMore.level.inpatient-medically-managed.what':
    'La retirada se hace en un hospital o centro residencial con atención médica y de enfermería las 24 horas: controles, valoraciones de la abstinencia y precauciones ante convulsiones.',
  'helpMore.level.inpatient-medically-managed.when':
    'Para riesgos concretos: convulsiones o delirio en una abstinencia anterior, un trastorno convulsivo, dependencia también del alcohol u otras drogas, opioides u otros sedantes recetados a la vez, más de {mg} mg equivalentes de diazepam al día, inyectarse, o una enfermedad que haga inseguro reducir en casa. Una excepción, no lo habitual.',
  'helpMore.level.whenLabel': 'Suele necesitarse:',
  'helpMore.level.lowConfidence':
    'Confianza baja: cuándo sugerir este nivel es una interpretación propia de Stepdown de las guías, no una regla de ellas.',

  'helpMore.fit.heading': '¿Qué nivel podría encajar?',
  'helpMore.fit.intro':
    'Responda lo que sepa; todo es opcional. No se envía nada. La respuesta es algo para hablar con un profesional, nunca una decisión.',
  'helpMore.fit.dose': 'Dosis diaria en equivalentes de diazepam, en mg (opcional)',
  'helpMore.fit.doseHint':
    'Por ejemplo 20. Quien le receta o el planificador pueden convertir su medicamento. Déjelo vacío si no lo sabe.',
  'helpMore.fit.doseError': 'Escriba un número de miligramos, por ejemplo 20, o déjelo vacío.',
  'helpMore.fit.history': '¿Le pasa algo de esto? Marque todo lo que corresponda.',
  'helpMore.fit.useDisorder': '¿Le ha dicho un profesional que tiene un trastorno por consumo de benzodiacepinas?',
  'helpMore.fit.useDisorder.unknown': 'No me han valorado, o no lo sé',
  'helpMore.fit.useDisorder.none': 'No',
  'helpMore.fit.useDisorder.mild': 'Sí, leve',
  'helpMore.fit.useDisorder.moderate': 'Sí, moderado',
  'helpMore.fit.useDisorder.severe': 'Sí, grave',
  'helpMore.fit.support': '¿Hay alguien en casa que pueda apoyarle durante la reducción?',
  'helpMore.fit.support.yes': 'Sí',
  'helpMore.fit.support.no': 'No, o muy poco',
  'helpMore.fit.support.unsure': 'No estoy seguro/a',
  'helpMore.fit.pregnant': 'Estoy embarazada, o puede que lo esté',
  'helpMore.fit.submit': 'Ver qué podría encajar',
  'helpMore.history.withdrawal-seizures': 'He tenido una convulsión al dejar una benzodiacepina o el alcohol',
  'helpMore.history.withdrawal-delirium': 'He tenido delirio (confusión grave) durante una abstinencia',
  'helpMore.history.seizure-disorder': 'Tengo epilepsia u otro trastorno convulsivo, o he tenido convulsiones',
  'helpMore.history.other-substance-dependence': 'También dependo del alcohol o de otras drogas',
  'helpMore.history.co-prescribed-opioids': 'También me recetan opioides (analgésicos fuertes)',
  'helpMore.history.co-prescribed-sedatives': 'También me recetan otros sedantes o pastillas para dormir',
  'helpMore.history.unstable-medical-illness': 'Tengo una enfermedad física que no está controlada',
  'helpMore.history.unstable-psychiatric-illness': 'Tengo un problema de salud mental que no está controlado',
  'helpMore.history.imminent-risk': 'Mi consumo me pone ahora en riesgo grave (sobredosis, caídas, autolesión)',
  'helpMore.history.severe-withdrawal-now': 'Ahora tengo una abstinencia grave',
  'helpMore.history.failed-outpatient-tapers': 'Intentos anteriores de reducir en casa no funcionaron',
  'helpMore.history.injecting': 'Me inyecto benzodiacepinas',

  'helpMore.result.heading': 'Un nivel que podría encajar: {title}',
  'helpMore.result.notDecision':
    'Es una sugerencia para hablar con quien le receta o con un profesional, no una decisión. Siga tomando su medicamento como se lo recetaron y nunca lo deje de golpe.',
  'helpMore.result.why': 'Por qué',
  'helpMore.result.noCriteria':
    'Nada de lo que respondió apunta a más que una reducción ambulatoria: la mayoría reduce de forma segura en casa con quien le receta.',
  'helpMore.result.sourceLabel': 'Fuente:',
  'helpMore.result.lowConfidenceMark': '(confianza baja)',
  'helpMore.result.alongside': 'Sea cual sea el nivel',
  'helpMore.result.notes': 'Además',
  'helpMore.result.dangerNow': 'Si hay señales de peligro ahora, llame al {number} ahora.',
  'helpMore.criterion.high-dose': 'Más de {mg} mg equivalentes de diazepam al día',
  'helpMore.criterion.use-disorder': 'Un trastorno por consumo, más allá de la dependencia física',
  'helpMore.criterion.use-disorder-without-support':
    'Un trastorno por consumo moderado o grave con poco apoyo en casa o intentos anteriores que no funcionaron',
  'helpMore.criterion.no-support-and-failed-tapers': 'Poco apoyo en casa e intentos anteriores que no funcionaron',
  'helpMore.criterion.withdrawal-seizures': 'Convulsiones en una abstinencia anterior',
  'helpMore.criterion.withdrawal-delirium': 'Delirio en una abstinencia anterior',
  'helpMore.criterion.seizure-disorder': 'Un trastorno convulsivo o convulsiones anteriores',
  'helpMore.criterion.other-substance-dependence': 'Dependencia también del alcohol o de otras drogas',
  'helpMore.criterion.co-prescribed-opioids': 'Opioides recetados a la vez (valorar una retirada con supervisión médica)',
  'helpMore.criterion.co-prescribed-sedatives': 'Otros sedantes recetados a la vez (valorar una retirada con supervisión médica)',
  'helpMore.criterion.unstable-medical-illness': 'Una enfermedad física que haría inseguro reducir en casa',
  'helpMore.criterion.unstable-psychiatric-illness': 'Un problema de salud mental que haría inseguro reducir en casa',
  'helpMore.criterion.imminent-risk': 'Riesgo grave de daño si sigue el consumo (sobredosis, caídas, autolesión)',
  'helpMore.criterion.severe-withdrawal-now': 'Abstinencia grave o complicada ahora o prevista',
  'helpMore.criterion.injecting': 'Inyectarse benzodiacepinas',
  'helpMore.addOn.cbt':
    'Apoyo psicológico durante la reducción: terapia cognitivo-conductual (TCC), o TCC para el insomnio cuando el problema es el sueño.',
  'helpMore.addOn.cbt-evidence':
    'La TCC junto con la reducción ayuda a dejarlo a más personas que la reducción sola, al menos a corto plazo.',
  'helpMore.note.pregnancy': 'Embarazo: planifíquelo con quien le receta y el equipo de maternidad; nunca lo deje de golpe.',
  'helpMore.note.noSupport': 'Poco apoyo en casa: pida al equipo de salud controles más frecuentes.',

  'helpMore.ask.heading': 'Pedir ayuda a una clínica',
  'helpMore.ask.intro':
    'No necesita una cuenta. Envíe una petición breve y alguien de la clínica se pondrá en contacto con usted. No es un servicio de emergencias: si hay peligro, llame al {number}.',
  'helpMore.ask.open': 'Escribir a una clínica',
  'helpMore.ask.loading': 'Cargando clínicas…',
  'helpMore.ask.loadError':
    'No se pudo cargar la lista de clínicas. Puede intentarlo de nuevo, o ver más abajo cómo encontrar tratamiento.',
  'helpMore.ask.retry': 'Intentar de nuevo',
  'helpMore.ask.none':
    'Aún ninguna clínica recibe peticiones a través de Stepdown. Vea más abajo cómo encontrar tratamiento, o pregunte a quien le receta o a su médico de familia.',
  'helpMore.ask.clinic': 'Clínica',
  'helpMore.ask.chooseClinic': 'Elija una clínica',
  'helpMore.ask.name': 'Su nombre',
  'helpMore.ask.method': '¿Cómo deben contactarle?',
  'helpMore.ask.method.phone': 'Llamada',
  'helpMore.ask.method.text': 'Mensaje de texto',
  'helpMore.ask.method.email': 'Correo electrónico',
  'helpMore.ask.value.phone': 'Su número de teléfono',
  'helpMore.ask.value.text': 'Su número de móvil para mensajes',
  'helpMore.ask.value.email': 'Su correo electrónico',
  'helpMore.ask.message': 'Su mensaje (opcional)',
  'helpMore.ask.messageHint': 'Por ejemplo: el medicamento, la dosis, cuánto tiempo lo lleva tomando y qué ayuda quiere.',
  'helpMore.ask.flags': '¿Está pasando algo de esto ahora?',
  'helpMore.ask.region': 'Región: {region}. Puede cambiarla en «¿Dónde está?», arriba.',
  'helpMore.ask.honeypot': 'Deje esto vacío',
  'helpMore.ask.submit': 'Enviar mi petición',
  'helpMore.ask.sending': 'Enviando…',
  'helpMore.ask.error.contactName': 'Escriba su nombre, por favor.',
  'helpMore.ask.error.contactMethod': 'Elija cómo deben contactarle, por favor.',
  'helpMore.ask.error.contactValue': 'Escriba un teléfono o un correo en el que puedan localizarle, por favor.',
  'helpMore.ask.error.message': 'El mensaje es demasiado largo. Acórtelo, por favor.',
  'helpMore.ask.error.clinicId': 'Elija una clínica, por favor.',
  'helpMore.ask.error.CLINIC_NOT_FOUND':
    'Esta clínica ya no recibe peticiones. Elija otra, o vea más abajo cómo encontrar tratamiento.',
  'helpMore.ask.error.RATE_LIMITED':
    'Se enviaron demasiadas peticiones desde aquí. Espere 10 minutos e inténtelo de nuevo. Si no puede esperar, llame al {number} o a un servicio de abajo.',
  'helpMore.ask.error.NETWORK':
    'No se envió: no se pudo contactar con el servidor. Lo que escribió sigue aquí; inténtelo de nuevo.',
  'helpMore.ask.error.other': 'No se envió: {detail} Lo que escribió sigue aquí; inténtelo de nuevo.',
  'helpMore.ask.error.fields': 'Aún no se envió: revise los campos marcados abajo.',
  'helpMore.ask.sent': 'Su petición se envió a {clinic}',
  'helpMore.ask.sentBody':
    'Alguien de la clínica se pondrá en contacto con usted como lo pidió. Siga tomando su medicamento como se lo recetaron.',
  'helpMore.ask.now': 'Por lo que marcó, haga esto ahora',
  'helpMore.ask.another': 'Escribir otra petición',

  'helpMore.find.heading': 'Cómo encontrar tratamiento',
  'helpMore.find.intro':
    'Quien receta o un servicio de tratamiento puede ayudarle a reducir la dosis de forma segura. Estas son formas públicas y gratuitas de encontrarlos en {region}.',
  'helpMore.find.open': 'Abrir {site}',
  'helpMore.find.checked': 'Comprobado el {date}. Fuente: {source}',
  'helpMore.find.prescriber':
    'Empiece por quien le receta o su médico de familia: pueden planificar con usted una reducción lenta o derivarle a un servicio.',
  'helpMore.find.uk':
    'En el Reino Unido: su médico de cabecera (GP) o el servicio local de alcohol y drogas (su GP le dirá cuál). Para consejo urgente, NHS 111.',
  'helpMore.find.nothing':
    'Stepdown aún no tiene un buscador de tratamiento para esta región. Pregunte a quien le receta o a su médico de familia adónde acudir.',
  'helpMore.find.beware':
    'Cuidado con las «líneas de ayuda» de los anuncios en buscadores: algunas son líneas de pago que envían a quien paga por ello. Stepdown solo muestra servicios públicos y sin ánimo de lucro.',
};
