/** Who a guidance page is written for. The order here is the order on the home page. */
export const audiences = {
  survivors: {
    short: "People who have been hurt",
    label: "For you, if someone has hurt you",
    need: "I'm worried about my safety",
    description: "Planning for safety at home, at work, with children and online, at your own pace.",
  },
  "friends-family": {
    short: "Friends and family",
    label: "For friends, family and community",
    need: "I'm worried about someone",
    description: "How to help someone who is being hurt, without taking over, and how to look after yourself.",
  },
  "people-who-used-violence": {
    short: "People who want to change",
    label: "For people who want to change how they act",
    need: "I want to change how I act",
    description: "Where to start, how to take responsibility, and how to keep going.",
  },
  workplaces: {
    short: "Workplaces",
    label: "For co-workers, managers and unions",
    need: "I'm supporting a co-worker",
    description: "What a workplace can do when someone there is being hurt at home.",
  },
  advocates: {
    short: "Advocates",
    label: "For advocates and agencies",
    need: "I work with people affected by violence",
    description: "The principles behind this app and working with programs for people who use violence.",
  },
  everyone: {
    short: "Privacy",
    label: "Staying private",
    need: "I want to keep my visits private",
    description: "Safer devices and browsing, and what this app can and cannot protect.",
  },
} as const;

export type AudienceId = keyof typeof audiences;

export const audienceIds = Object.keys(audiences) as [AudienceId, ...AudienceId[]];
