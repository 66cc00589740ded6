'use client';
// A client component: the team's own checkout, from the wrapper's typed onIjmDonate.
import {useState} from 'react';
import {IjmDonateCta} from '@ijm/widgets/react';

export function Donate() {
  const [choice, setChoice] = useState('');
  return (
    <>
      <IjmDonateCta
        currency="EUR"
        amounts="10,25,50"
        amount={25}
        onIjmDonate={(event) => {
          event.preventDefault();
          setChoice(`${event.detail.amount ?? ''} ${event.detail.currency}`);
        }}
      />
      <output>{choice}</output>
    </>
  );
}
